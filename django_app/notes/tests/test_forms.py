"""Tests of the note and contact forms. Twin: flask_app/tests/test_forms.py."""

from django.test import SimpleTestCase

from notes.forms import ContactForm, NoteForm


class NoteFormTests(SimpleTestCase):
    def test_title_is_stripped(self):
        """Surrounding whitespace is removed from the title."""
        form = NoteForm(data={"title": "  Hello  ", "body": "Text"})
        self.assertTrue(form.is_valid())
        self.assertEqual(form.cleaned_data["title"], "Hello")

    def test_fields_are_required(self):
        """Title and body are required; whitespace alone counts as empty."""
        form = NoteForm(data={"title": "   ", "body": ""})
        self.assertEqual(form.errors["title"], ["This field is required."])
        self.assertEqual(form.errors["body"], ["This field is required."])

    def test_length_limits(self):
        """Title takes at most 100 characters and body at most 5000."""
        ok = NoteForm(data={"title": "t" * 100, "body": "b" * 5000})
        self.assertTrue(ok.is_valid())
        too_long = NoteForm(data={"title": "t" * 101, "body": "b" * 5001})
        self.assertEqual(
            too_long.errors["title"],
            ["Ensure this value has at most 100 characters (it has 101)."],
        )
        self.assertIn("body", too_long.errors)

    def test_only_title_and_body_are_fields(self):
        """The author is set by the view, never taken from the form."""
        self.assertEqual(list(NoteForm().fields), ["title", "body"])


class ContactFormTests(SimpleTestCase):
    def data(self, **changes):
        """Return valid contact form data with changes applied."""
        return {"name": "Zoe", "email": "zoe@example.com", "message": "Hi"} | changes

    def test_valid_form(self):
        """A name, a valid address and a message are accepted, stripped."""
        form = ContactForm(data=self.data(name=" Zoe "))
        self.assertTrue(form.is_valid())
        self.assertEqual(form.cleaned_data["name"], "Zoe")

    def test_invalid_email_is_rejected(self):
        """An address without a domain is rejected with Django's message."""
        for email in ["zoe", "zoe@", "@example.com", "zoe@exa mple.com"]:
            form = ContactForm(data=self.data(email=email))
            self.assertEqual(form.errors["email"], ["Enter a valid email address."])

    def test_length_limits(self):
        """Name takes 100 characters, email 254 and message 2000, no more."""
        form = ContactForm(
            data=self.data(
                name="n" * 101,
                email="e" * 245 + "@example.com",
                message="m" * 2001,
            )
        )
        self.assertEqual(set(form.errors), {"name", "email", "message"})

    def test_fields_are_required(self):
        """Every field is required."""
        form = ContactForm(data={})
        self.assertEqual(set(form.errors), {"name", "email", "message"})
