"""Registration: the form, its rules and texts, and a lost race.

Twin: django_app/accounts/tests/test_register.py.
"""

import re

import pytest
from sqlalchemy.orm import Session

from flask_app.accounts.forms import RegisterForm
from flask_app.accounts.models import User
from flask_app.extensions import db

from .helpers import PASSWORD, count_rows, make_user

DUPLICATE = "A user with that username already exists."


def register(client, username="zed", password1=PASSWORD, password2=None):
    """Post the registration form; password2 defaults to password1."""
    data = {"username": username, "password1": password1, "password2": password2}
    data["password2"] = password1 if password2 is None else password2
    return client.post("/accounts/register/", data=data)


def errors_of(html, field):
    """Return the error texts shown next to field."""
    found = re.search(rf'<ul class="errorlist" id="id_{field}_error">(.*?)</ul>', html)
    return re.findall(r"<li>(.*?)</li>", found[1]) if found else []


def signed_in_as(client):
    """Return the username the client is signed in as, or None."""
    return client.get("/api/whoami/").json["username"]


def test_register_page_help_texts(client):
    """The fields carry Django's input hints but WTForms renders no help texts."""
    html = client.get("/accounts/register/").get_data(as_text=True)
    username = re.search(r'<input [^>]*name="username"[^>]*>', html)[0]
    assert all(hint in username for hint in ["autofocus", 'autocomplete="username"'])
    assert 'autocomplete="new-password"' in html
    assert "helptext" not in html


def test_valid_registration_signs_in(client, database):
    """A new account is created, signed in, welcomed and sent to /."""
    response = register(client)
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert '<li class="success">Welcome, zed!</li>' in client.get("/").get_data(True)
    user = User.query.filter_by(username="zed").one()
    assert user.check_password(PASSWORD) and PASSWORD not in user.password_hash
    assert not (user.is_staff or user.is_superuser or user.is_moderator)
    assert signed_in_as(client) == "zed"


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"username": ""}, "username", "This field is required."),
        ({"username": "taken"}, "username", DUPLICATE),
        ({"username": "a b!"}, "username",
         "Use only letters, digits and @ . + - _ in a username."),
        ({"username": "u" * 151}, "username",
         "Field cannot be longer than 150 characters."),
        ({"password1": "Ab3$xy"}, "password1",
         "Password must be at least 8 characters long."),
        ({"password1": "4820571936"}, "password1",
         "Password cannot be entirely numeric."),
        ({"password2": PASSWORD + "x"}, "password2",
         "Field must be equal to password1."),
    ],
    ids=["empty", "taken", "chars", "long", "short", "numeric", "mismatch"],
)  # fmt: skip
def test_invalid_registrations(client, database, changes, field, error):
    """Each broken rule is WTForms' or the app's error by its field; no user is made."""
    make_user("taken")
    response = register(client, **changes)
    assert response.status_code == 200
    assert errors_of(response.get_data(as_text=True), field) == [error]
    assert count_rows(User) == 1 and signed_in_as(client) is None


def test_common_and_username_like_passwords(app, database):
    """Accepted: the Flask twin checks only the length and "not all digits"."""
    for username, password in [("zed", "password123"), ("zedzedzed", "zedzedzed1")]:
        assert register(app.test_client(), username, password).status_code == 302
    assert count_rows(User) == 2


def test_register_keeps_username_but_not_passwords(client):
    """An invalid form keeps the typed username and never echoes a password."""
    html = register(client, "keepme", "long-pass-1", "other-pass-2").get_data(True)
    assert 'value="keepme"' in html
    assert "long-pass-1" not in html and "other-pass-2" not in html


@pytest.mark.parametrize("username", ["Alice", "ａｌｉｃｅ"], ids=["case", "width"])
def test_register_refuses_a_name_taken_in_another_case(client, database, username):
    """A username taken in any letter case or full-width look-alike is refused."""
    make_user("alice")
    html = register(client, username).get_data(as_text=True)
    assert errors_of(html, "username") == [DUPLICATE]
    assert count_rows(User) == 1


@pytest.mark.parametrize("username", ["Alice", "ａｌｉｃｅ"], ids=["case", "width"])
def test_register_form_checks_names_in_any_case(app, database, username):
    """The form itself finds the name taken, before the database is asked."""
    make_user("alice")
    data = {"username": username, "password1": PASSWORD, "password2": PASSWORD}
    with app.test_request_context(method="POST", data=data):
        form = RegisterForm()
        assert not form.validate()
        assert form.errors == {"username": [DUPLICATE]}


def test_register_normalises_the_username(client, database):
    """Full-width letters are stored as plain ones (NFKC), as Django does."""
    register(client, " ｃａｒｏｌ ")
    assert User.query.one().username == "carol"


def test_register_keeps_passwords_as_typed(client, database):
    """Passwords are not stripped: surrounding spaces are part of them."""
    register(client, "zed", " spaced pass 1 ")
    assert User.query.one().check_password(" spaced pass 1 ")


def test_register_losing_a_race_shows_the_form_error(client, database, monkeypatch):
    """A name taken between the form's check and the insert: the form error, no 500."""
    validate = RegisterForm.validate

    def validate_then_lose_the_race(form, *args, **kwargs):
        valid = validate(form, *args, **kwargs)
        # Another sign-up commits "Zed" after this form found the name free.
        with Session(db.engine) as other:
            other.add(User(username="Zed"))
            other.commit()
        return valid

    monkeypatch.setattr(RegisterForm, "validate", validate_then_lose_the_race)
    response = register(client, "zed")
    assert response.status_code == 200
    assert errors_of(response.get_data(as_text=True), "username") == [DUPLICATE]
    assert [user.username for user in User.query] == ["Zed"]
    assert signed_in_as(client) is None
