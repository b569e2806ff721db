"""The contact page. Twin: django_app/notes/tests/test_contact.py."""

import re

import pytest

from flask_app.notes.models import ContactMessage

from .helpers import count_rows

VALID = {"name": "Zoe", "email": "zoe@example.com", "message": "Hello there."}


def test_contact_page_has_the_form(client):
    """The page shows a form with name, email, message and the CSRF field."""
    html = client.get("/contact/").get_data(as_text=True)
    assert "<h1>Contact</h1>" in html
    assert '<form method="post" class="contact-form"' in html
    for name in ["name", "email", "message", "csrf_token"]:
        assert f'name="{name}"' in html


def test_valid_message_is_stored_and_redirects(client, database):
    """A valid message is stored, stripped, then 302 to /contact/ with a thank-you."""
    response = client.post("/contact/", data=VALID | {"name": " Zoe "})
    assert response.status_code == 302 and response.headers["Location"] == "/contact/"
    message = ContactMessage.query.one()
    assert (message.name, message.email, message.message) == (
        "Zoe",
        "zoe@example.com",
        "Hello there.",
    )
    page = client.get("/contact/").get_data(as_text=True)
    assert re.search(
        r'<ul class="messages">\s*<li class="success">'
        r"Thanks, your message was sent.</li>",
        page,
    )


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("name", "", "This field is required."),
        ("email", "not-an-address", "Invalid email address."),
        ("message", "m" * 2001, "Field cannot be longer than 2000 characters."),
    ],
)
def test_invalid_message_shows_errors_and_keeps_values(client, field, value, error):
    """An invalid form: 200, WTForms' error by the field, nothing stored."""
    response = client.post("/contact/", data=VALID | {field: value})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert f'<ul class="errorlist" id="id_{field}_error"><li>{error}</li></ul>' in html
    assert 'value="Zoe"' in html or field == "name"
    assert count_rows(ContactMessage) == 0


def test_field_markup(client):
    """A field with errors: label, error list, and the input pointing at the list."""
    html = client.post("/contact/", data=VALID | {"message": ""}).get_data(True)
    field = re.search(
        r'<div class="field">\s*<label for="id_message">.*?</div>', html, re.S
    )
    assert '<ul class="errorlist" id="id_message_error">' in field[0]
    textarea = re.search(r"<textarea [^>]*>", field[0])[0]
    for attribute in ['cols="40"', 'rows="10"', 'maxlength="2000"',
                      'aria-invalid="true"',
                      'aria-describedby="id_message_error"']:  # fmt: skip
        assert attribute in textarea
    email = re.search(r'<input [^>]*name="email"[^>]*>', html)[0]
    assert "aria-invalid" not in email and 'value="zoe@example.com"' in email
