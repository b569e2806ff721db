"""Form validation, in-process. Twin: django_app/notes/tests/test_forms.py."""

import pytest
from werkzeug.datastructures import MultiDict

from flask_app.forms import ContactForm, LoginForm, NoteForm, RegisterForm
from flask_app.validators import (
    DUPLICATE_USERNAME,
    INVALID_USERNAME,
    PASSWORD_MISMATCH,
    PASSWORD_NUMERIC,
    PASSWORD_TOO_SHORT,
    REQUIRED,
)

from .conftest import make_user


def bind(app, form_class, **data):
    """Return form_class bound to data, validated inside a request."""
    with app.test_request_context(method="POST", data=data):
        form = form_class(formdata=MultiDict(data))
        form.validate()
        return form


def test_note_form_strips_surrounding_whitespace(app):
    """Title and body lose surrounding whitespace, like Django's CharField."""
    form = bind(app, NoteForm, title="  Hello  ", body="\n Body \n")
    assert not form.errors
    assert form.title.data == "Hello"
    assert form.body.data == "Body"


def test_whitespace_only_title_is_missing(app):
    """A title of spaces is stripped to nothing and so is required."""
    form = bind(app, NoteForm, title="   ", body="Body")
    assert form.errors == {"title": [REQUIRED]}


@pytest.mark.parametrize(
    ("field", "limit"), [("title", 100), ("body", 5000)], ids=["title", "body"]
)
def test_note_form_limits_with_djangos_message(app, field, limit):
    """One character over the limit is an error naming the limit and length."""
    data = {"title": "T", "body": "B", field: "x" * (limit + 1)}
    form = bind(app, NoteForm, **data)
    assert form.errors == {
        field: [
            f"Ensure this value has at most {limit} characters (it has {limit + 1})."
        ]
    }
    data[field] = "x" * limit
    assert not bind(app, NoteForm, **data).errors


def test_null_characters_are_refused(app):
    """A NUL character in a text field is an error, as in Django's CharField."""
    form = bind(app, NoteForm, title="Nul\x00", body="Body\x00")
    assert form.errors == {
        "title": ["Null characters are not allowed."],
        "body": ["Null characters are not allowed."],
    }


def test_contact_form_requires_every_field(app):
    """Name, email and message are each required."""
    form = bind(app, ContactForm, name="", email="", message="")
    assert form.errors == {
        "name": [REQUIRED],
        "email": [REQUIRED],
        "message": [REQUIRED],
    }


@pytest.mark.parametrize("email", ["not-an-email", "a@", "@example.com", "a b@c.com"])
def test_contact_form_rejects_invalid_email(app, email):
    """An address that is not valid gets Django's error text."""
    form = bind(app, ContactForm, name="N", email=email, message="Hi")
    assert form.errors == {"email": ["Enter a valid email address."]}


def test_contact_form_limits(app):
    """Name over 100 and message over 2000 characters are rejected."""
    form = bind(
        app, ContactForm, name="n" * 101, email="a@example.com", message="m" * 2001
    )
    assert set(form.errors) == {"name", "message"}


def register(app, username="newbie", password1="long-pass-1", password2=None):
    data = {
        "username": username,
        "password1": password1,
        "password2": password1 if password2 is None else password2,
    }
    return bind(app, RegisterForm, **data)


def test_register_accepts_valid_data(app):
    """A new username and a good password, typed twice, are accepted."""
    assert register(app).errors == {}


@pytest.mark.parametrize(
    ("password", "errors"),
    [
        ("short1", [PASSWORD_TOO_SHORT]),
        ("12345678", [PASSWORD_NUMERIC]),
        ("1234", [PASSWORD_TOO_SHORT, PASSWORD_NUMERIC]),
    ],
    ids=["short", "numeric", "short-and-numeric"],
)
def test_register_password_rules_reported_on_confirmation(app, password, errors):
    """Password rule errors appear under password2, as in Django's form."""
    assert register(app, password1=password).errors == {"password2": errors}


def test_register_password_mismatch(app):
    """Two different passwords give Django's mismatch error, and only that."""
    form = register(app, password1="long-pass-1", password2="1")
    assert form.errors == {"password2": [PASSWORD_MISMATCH]}


@pytest.mark.parametrize(
    "username", ["Alice", "ａｌｉｃｅ"], ids=["case", "full-width"]
)
def test_register_duplicate_username_ignores_case_and_width(app, username):
    """A username taken in any letter case or NFKC look-alike is refused."""
    make_user("alice", password="")
    assert register(app, username=username).errors == {"username": [DUPLICATE_USERNAME]}


def test_usernames_are_normalised_to_nfkc(app):
    """Register and log in turn full-width letters into plain ones, like Django."""
    assert register(app, username="ｃａｒｏｌ").username.data == "carol"
    make_user("alice", password="right-pass-1")
    form = bind(app, LoginForm, username="ａｌｉｃｅ", password="right-pass-1")
    assert form.user is not None and form.user.username == "alice"


@pytest.mark.parametrize("username", ["bad name", "semi;colon", "x" * 151])
def test_register_rejects_bad_usernames(app, username):
    """Spaces, punctuation outside @.+-_ and over-long names are refused."""
    assert "username" in register(app, username=username).errors


def test_register_allows_djangos_username_characters(app):
    """Letters, digits and @ . + - _ are allowed, as in Django."""
    assert register(app, username="a.b+c-d_e@f").errors == {}
    assert INVALID_USERNAME not in str(register(app, username="élodie").errors)


def test_register_does_not_strip_passwords(app):
    """Passwords are kept exactly as typed, spaces included."""
    form = register(app, password1=" spaced pass ")
    assert form.password1.data == " spaced pass "


def test_login_form_finds_the_user(app):
    """Right credentials: the form is valid and carries the user."""
    alice = make_user("alice", password="right-pass-1")
    form = bind(app, LoginForm, username="alice", password="right-pass-1")
    assert form.user.id == alice.id


@pytest.mark.parametrize(
    ("username", "password"),
    [("alice", "wrong-pass"), ("nobody", "right-pass-1"), ("ALICE", "right-pass-1")],
    ids=["wrong-password", "unknown-user", "username-case-sensitive"],
)
def test_login_form_rejects_bad_credentials(app, username, password):
    """Bad credentials give one error not tied to a field, and no user."""
    make_user("alice", password="right-pass-1")
    form = bind(app, LoginForm, username=username, password=password)
    assert form.user is None
    assert form.form_errors == [
        "Please enter a correct username and password. Note that both fields "
        "may be case-sensitive."
    ]


def test_login_form_rejects_inactive_users(app):
    """An inactive account cannot sign in, even with its password."""
    make_user("alice", password="right-pass-1", is_active=False)
    form = bind(app, LoginForm, username="alice", password="right-pass-1")
    assert form.user is None and form.form_errors
