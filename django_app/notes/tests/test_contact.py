"""The contact page. Twin: flask_app/tests/test_contact.py."""

import re

from django.test import TestCase

from notes.models import ContactMessage

VALID = {"name": "Zoe", "email": "zoe@example.com", "message": "Hello there."}


class ContactPageTests(TestCase):
    def test_contact_page_has_the_form(self):
        """The page shows a form with name, email, message and the CSRF field."""
        response = self.client.get("/contact/")
        self.assertContains(response, "<h1>Contact</h1>")
        self.assertContains(response, '<form method="post" class="contact-form"')
        for name in ["name", "email", "message", "csrfmiddlewaretoken"]:
            self.assertContains(response, f'name="{name}"')

    def test_valid_message_is_stored_and_redirects(self):
        """A valid message is stored, stripped; 302 to /contact/ with a thank-you."""
        response = self.client.post("/contact/", VALID | {"name": " Zoe "})
        self.assertRedirects(response, "/contact/", fetch_redirect_response=False)
        message = ContactMessage.objects.get()
        self.assertEqual(
            (message.name, message.email, message.message),
            ("Zoe", "zoe@example.com", "Hello there."),
        )
        self.assertContains(
            self.client.get("/contact/"),
            '<ul class="messages"><li class="success">'
            "Thanks, your message was sent.</li></ul>",
        )

    def test_invalid_message_shows_errors_and_keeps_values(self):
        """An invalid form: 200, Django's error by the field, nothing stored."""
        cases = [
            ("name", "", "This field is required."),
            ("email", "not-an-address", "Enter a valid email address."),
            (
                "message",
                "m" * 2001,
                "Ensure this value has at most 2000 characters (it has 2001).",
            ),
        ]
        for field, value, error in cases:
            with self.subTest(field=field):
                response = self.client.post("/contact/", VALID | {field: value})
                self.assertContains(
                    response,
                    f'<ul class="errorlist" id="id_{field}_error">'
                    f"<li>{error}</li></ul>",
                )
                if field != "name":
                    self.assertContains(response, 'value="Zoe"')
        self.assertEqual(ContactMessage.objects.count(), 0)

    def test_field_markup(self):
        """A field with errors: label, error list, an input pointing at the list."""
        response = self.client.post("/contact/", VALID | {"message": ""})
        html = response.content.decode()
        field = re.search(
            r'<div class="field">\s*<label for="id_message">.*?</div>', html, re.S
        )
        self.assertIn('<ul class="errorlist" id="id_message_error">', field[0])
        textarea = re.search(r"<textarea [^>]*>", field[0])[0]
        for attribute in [
            'cols="40"',
            'rows="10"',
            'maxlength="2000"',
            'aria-invalid="true"',
            'aria-describedby="id_message_error"',
        ]:
            self.assertIn(attribute, textarea)
        email = re.search(r'<input [^>]*name="email"[^>]*>', html)[0]
        self.assertNotIn("aria-invalid", email)
        self.assertIn('value="zoe@example.com"', email)
