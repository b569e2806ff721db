"""Register, log in, log out, and the next check. Twin: django_app/accounts/tests.py."""

import re

import pytest

from flask_app.auth import is_safe_next
from flask_app.extensions import db
from flask_app.models import User

from .conftest import PASSWORD, log_in, make_user


def whoami(client):
    return client.get("/api/whoami/").json


def test_register_creates_signs_in_and_welcomes(app, client):
    """A valid sign-up stores a hashed password, signs in, 302 to / with a welcome."""
    response = client.post(
        "/accounts/register/",
        data={
            "username": "newbie",
            "password1": "long-pass-1",
            "password2": "long-pass-1",
        },
    )
    assert response.status_code == 302 and response.headers["Location"] == "/"
    user = db.session.scalars(db.select(User).filter_by(username="newbie")).one()
    assert (
        user.check_password("long-pass-1") and "long-pass-1" not in user.password_hash
    )
    assert not (user.is_staff or user.is_superuser or user.is_moderator)
    assert whoami(client)["username"] == "newbie"
    assert "Welcome, newbie!" in client.get("/").get_data(True)


def signup(username, password1, password2=None):
    return {
        "username": username,
        "password1": password1,
        "password2": password1 if password2 is None else password2,
    }


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        (signup("x", "short"), "password2", "This password is too short."),
        (signup("x", "12345678"), "password2", "This password is entirely numeric."),
        (signup("x", "long-pass-1", "long-pass-2"), "password2", "didn’t match."),
        (signup("alice", "long-pass-1"), "username", "already exists."),
        (signup("bad name", "long-pass-1"), "username", "Enter a valid username."),
        (signup("", ""), "username", "This field is required."),
    ],
    ids=["short", "numeric", "mismatch", "duplicate", "bad-characters", "empty"],
)
def test_invalid_registration_creates_nobody(app, client, alice, data, field, error):
    """Each invalid case: 200, the error under its field, no new user, not signed in."""
    response = client.post("/accounts/register/", data=data)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    errors_after_label = html.split(f'<label for="id_{field}">', 1)[1].split("</div>")[
        0
    ]
    assert error in errors_after_label
    assert db.session.scalar(db.select(db.func.count()).select_from(User)) == 1
    assert whoami(client)["authenticated"] is False


def test_register_keeps_username_but_not_passwords(app, client):
    """An invalid form keeps the typed username and never echoes a password."""
    data = {
        "username": "keepme",
        "password1": "long-pass-1",
        "password2": "other-pass-2",
    }
    html = client.post("/accounts/register/", data=data).get_data(True)
    assert 'value="keepme"' in html
    assert "long-pass-1" not in html and "other-pass-2" not in html


def test_login_then_logout(app, client, alice):
    """Login signs in (302 to /); logout by POST signs out with a message."""
    response = log_in(client, "alice")
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert whoami(client)["username"] == "alice"
    assert "Signed in as alice" in client.get("/").get_data(True)
    response = client.post("/accounts/logout/")
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert whoami(client)["authenticated"] is False
    assert "You have been logged out." in client.get("/").get_data(True)


def test_logout_by_get_is_refused(app, client, alice):
    """GET /accounts/logout/ is 405 and leaves the user signed in."""
    log_in(client, "alice")
    assert client.get("/accounts/logout/").status_code == 405
    assert whoami(client)["authenticated"] is True


def test_wrong_password_shows_the_form_again(app, client, alice):
    """Wrong credentials: 200, a non-field error, the username kept, not signed in."""
    response = log_in(client, "alice", "wrong-password")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert '<ul class="errorlist nonfield"><li>Please enter a correct username' in html
    assert 'value="alice"' in html
    assert whoami(client)["authenticated"] is False


def test_login_follows_a_safe_next(app, client, alice):
    """A next that is a path on this site is followed after sign-in."""
    data = {"username": "alice", "password": PASSWORD, "next": "/notes/new/?a=1"}
    response = client.post("/accounts/login/", data=data)
    assert response.headers["Location"] == "/notes/new/?a=1"


def test_login_page_carries_next_in_a_hidden_field(client):
    """GET /accounts/login/?next=/x/ puts the next path into the form."""
    html = client.get("/accounts/login/?next=/about/").get_data(True)
    assert '<input type="hidden" name="next" value="/about/">' in html


UNSAFE = [
    "https://evil.example/",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "http:/evil.example",
    "\x01//evil.example",
    "/\t/evil.example",
    "evil.example",
]


@pytest.mark.parametrize("target", UNSAFE)
def test_login_never_follows_an_unsafe_next(app, client, alice, target):
    """A next that could leave the site is ignored: the user lands on /."""
    data = {"username": "alice", "password": PASSWORD, "next": target}
    assert client.post("/accounts/login/", data=data).headers["Location"] == "/"


@pytest.mark.parametrize("target", UNSAFE)
def test_is_safe_next_rejects(target):
    """The next check rejects other hosts, schemes, // and backslash tricks."""
    assert not is_safe_next(target)


@pytest.mark.parametrize("target", ["/", "/notes/1/edit/", "/?page=2", "/a%2F%2Fb/"])
def test_is_safe_next_accepts_local_paths(target):
    """Plain paths on this site are safe."""
    assert is_safe_next(target)


def test_session_identity_comes_from_the_signed_cookie(app, client, alice):
    """A tampered session cookie signs nobody in."""
    log_in(client, "alice")
    cookie = client.get_cookie("session")
    client.set_cookie("session", cookie.value[:-2] + "xx")
    assert whoami(client)["authenticated"] is False


def test_inactive_user_cannot_log_in(app, client):
    """An account with is_active off gets the normal wrong-credentials error."""
    make_user("gone", is_active=False)
    response = log_in(client, "gone")
    assert response.status_code == 200
    assert whoami(client)["authenticated"] is False


@pytest.mark.parametrize(
    ("path", "name", "attributes"),
    [
        ("/accounts/login/", "username", ["autofocus", 'autocapitalize="none"']),
        ("/accounts/login/", "password", ['autocomplete="current-password"']),
        ("/accounts/register/", "username", ["autofocus", 'autocomplete="username"']),
        ("/accounts/register/", "password2", ['autocomplete="new-password"']),
    ],
)
def test_account_inputs_carry_djangos_hints(client, path, name, attributes):
    """The inputs have the autofocus and autocomplete hints Django renders."""
    html = client.get(path).get_data(as_text=True)
    tag = re.search(rf'<input [^>]*name="{name}"[^>]*>', html).group(0)
    assert all(attribute in tag for attribute in attributes)
