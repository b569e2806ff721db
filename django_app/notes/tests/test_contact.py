"""Tests of the contact form page. Twin: flask_app/tests/test_pages.py."""

from django.test import TestCase

from notes.models import ContactMessage

VALID = {"name": "Zoe", "email": "zoe@example.com", "message": "Hello there."}


class ContactPageTests(TestCase):
    def test_form_fields(self):
        """The page shows a form with name, email and message fields."""
        response = self.client.get("/contact/")
        self.assertContains(response, "<h1>Contact</h1>")
        self.assertContains(response, '<form method="post" class="contact-form"')
        for name in ["name", "email", "message", "csrfmiddlewaretoken"]:
            self.assertContains(response, f'name="{name}"')

    def test_valid_message_is_stored_and_redirects(self):
        """A valid message is stored, then 302 to /contact/ and a thank-you."""
        page = self.client.post("/contact/", VALID, follow=True)
        self.assertRedirects(page, "/contact/")
        message = ContactMessage.objects.get()
        self.assertEqual(
            (message.name, message.email, message.message),
            ("Zoe", "zoe@example.com", "Hello there."),
        )
        self.assertContains(
            page,
            '<ul class="messages"><li class="success">'
            "Thanks, your message was sent.</li></ul>",
            html=False,
        )

    def test_invalid_message_shows_errors_and_keeps_values(self):
        """An invalid form comes back 200 with errors by each field; nothing stored."""
        cases = {
            "name": (VALID | {"name": ""}, "This field is required."),
            "email": (
                VALID | {"email": "not-an-address"},
                "Enter a valid email address.",
            ),
            "message": (
                VALID | {"message": "m" * 2001},
                "Ensure this value has at most 2000 characters (it has 2001).",
            ),
        }
        for field, (data, error) in cases.items():
            with self.subTest(field=field):
                response = self.client.post("/contact/", data)
                self.assertEqual(response.status_code, 200)
                errors = f'<ul class="errorlist" id="id_{field}_error">'
                self.assertContains(response, f"{errors}<li>{error}</li></ul>")
                self.assertContains(response, f'value="{data["email"]}"')
        self.assertEqual(ContactMessage.objects.count(), 0)

    def test_field_markup(self):
        """Each field is a div.field holding the label, errors and the input."""
        response = self.client.post("/contact/", VALID | {"email": "bad"})
        html = response.content.decode()
        start = html.index(
            '<div class="field">\n  <label for="id_email">Email:</label>'
        )
        field = html[start : html.index("</div>", start)]
        self.assertIn('<ul class="errorlist"', field)
        self.assertIn('name="email"', field)
        self.assertIn('value="bad"', field)
