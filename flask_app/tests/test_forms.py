"""The note and contact forms, alone. Twin: django_app/notes/tests/test_forms.py."""

import pytest

from flask_app.notes.forms import ContactForm, NoteForm

REQUIRED = "This field is required."
VALID_CONTACT = {"name": "Zoe", "email": "zoe@example.com", "message": "Hi"}


def bind(app, form_class, **data):
    """Return form_class filled from a POST of data, validated."""
    with app.test_request_context(method="POST", data=data):
        form = form_class()
        form.validate()
        return form


def test_note_form_strips_surrounding_whitespace(app):
    """Title and body lose surrounding whitespace, as Django's CharField does."""
    form = bind(app, NoteForm, title="  Hello  ", body="\n Body \n")
    assert form.errors == {}
    assert (form.title.data, form.body.data) == ("Hello", "Body")


def test_note_fields_are_required(app):
    """Title and body are required; whitespace alone counts as empty."""
    form = bind(app, NoteForm, title="   ", body="")
    assert form.errors == {"title": [REQUIRED], "body": [REQUIRED]}


@pytest.mark.parametrize(("field", "limit"), [("title", 100), ("body", 5000)])
def test_note_form_length_limits(app, field, limit):
    """A field at its limit is fine; one character more is WTForms' error."""
    data = {"title": "T", "body": "B", field: "x" * limit}
    assert bind(app, NoteForm, **data).errors == {}
    data[field] += "x"
    assert bind(app, NoteForm, **data).errors == {
        field: [f"Field cannot be longer than {limit} characters."]
    }


def test_null_characters_are_refused(app):
    """A NUL character in a text field is an error, as in Django's CharField."""
    form = bind(app, NoteForm, title="Nul\x00", body="Body\x00")
    assert form.errors == {
        "title": ["Null characters are not allowed."],
        "body": ["Null characters are not allowed."],
    }


def test_only_title_and_body_are_fields(app):
    """The author is set by the view, never taken from the form."""
    assert [field.name for field in bind(app, NoteForm)] == ["title", "body"]


def test_contact_form_accepts_valid_data_stripped(app):
    """A name, a valid address and a message are accepted, stripped."""
    form = bind(app, ContactForm, **VALID_CONTACT | {"name": " Zoe "})
    assert form.errors == {} and form.name.data == "Zoe"


def test_contact_fields_are_required(app):
    """Every field is required."""
    form = bind(app, ContactForm)
    assert form.errors == {
        "name": [REQUIRED],
        "email": [REQUIRED],
        "message": [REQUIRED],
    }


@pytest.mark.parametrize("email", ["zoe", "zoe@", "@example.com", "zoe@exa mple.com"])
def test_contact_form_rejects_invalid_email(app, email):
    """An address that is not valid gets WTForms' error text."""
    form = bind(app, ContactForm, **VALID_CONTACT | {"email": email})
    assert form.errors == {"email": ["Invalid email address."]}


def test_contact_form_length_limits(app):
    """Name takes 100 characters, email 254 and message 2000, no more."""
    too_long = {
        "name": "n" * 101,
        "email": "e" * 245 + "@example.com",
        "message": "m" * 2001,
    }
    assert set(bind(app, ContactForm, **too_long).errors) == {
        "name",
        "email",
        "message",
    }
