"""The note and contact forms, without a view. Twin: flask_app/tests/test_forms.py."""

from django.test import SimpleTestCase

from notes.forms import ContactForm, NoteForm

REQUIRED = "This field is required."
VALID_CONTACT = {"name": "Zoe", "email": "zoe@example.com", "message": "Hi"}


class NoteFormTests(SimpleTestCase):
    def test_note_form_strips_surrounding_whitespace(self):
        """Title and body lose surrounding whitespace: CharField's default."""
        form = NoteForm(data={"title": "  Hello  ", "body": "\n Body \n"})
        self.assertEqual(form.errors, {})
        self.assertEqual(
            (form.cleaned_data["title"], form.cleaned_data["body"]), ("Hello", "Body")
        )

    def test_note_fields_are_required(self):
        """Title and body are required; whitespace alone counts as empty."""
        form = NoteForm(data={"title": "   ", "body": ""})
        self.assertEqual(form.errors, {"title": [REQUIRED], "body": [REQUIRED]})

    def test_note_form_length_limits(self):
        """A field at its limit is fine; one character more is Django's error."""
        for field, limit in [("title", 100), ("body", 5000)]:
            with self.subTest(field=field):
                data = {"title": "T", "body": "B", field: "x" * limit}
                self.assertEqual(NoteForm(data=data).errors, {})
                data[field] += "x"
                message = (
                    f"Ensure this value has at most {limit} characters "
                    f"(it has {limit + 1})."
                )
                self.assertEqual(NoteForm(data=data).errors, {field: [message]})

    def test_null_characters_are_refused(self):
        """A NUL character in a text field is an error: CharField's default."""
        form = NoteForm(data={"title": "Nul\x00", "body": "Body\x00"})
        self.assertEqual(
            form.errors,
            {
                "title": ["Null characters are not allowed."],
                "body": ["Null characters are not allowed."],
            },
        )

    def test_only_title_and_body_are_fields(self):
        """The author is set by the view, never taken from the form."""
        self.assertEqual(list(NoteForm().fields), ["title", "body"])


class ContactFormTests(SimpleTestCase):
    def test_contact_form_accepts_valid_data_stripped(self):
        """A name, a valid address and a message are accepted, stripped."""
        form = ContactForm(data=VALID_CONTACT | {"name": " Zoe "})
        self.assertEqual(form.errors, {})
        self.assertEqual(form.cleaned_data["name"], "Zoe")

    def test_contact_fields_are_required(self):
        """Every field is required."""
        self.assertEqual(
            ContactForm(data={}).errors,
            {"name": [REQUIRED], "email": [REQUIRED], "message": [REQUIRED]},
        )

    def test_contact_form_rejects_invalid_email(self):
        """An address that is not valid gets Django's error text."""
        for email in ["zoe", "zoe@", "@example.com", "zoe@exa mple.com"]:
            with self.subTest(email=email):
                form = ContactForm(data=VALID_CONTACT | {"email": email})
                self.assertEqual(
                    form.errors, {"email": ["Enter a valid email address."]}
                )

    def test_contact_form_length_limits(self):
        """Name takes 100 characters, email 254 and message 2000, no more."""
        too_long = {
            "name": "n" * 101,
            "email": "e" * 245 + "@example.com",
            "message": "m" * 2001,
        }
        self.assertEqual(
            set(ContactForm(data=too_long).errors), {"name", "email", "message"}
        )
