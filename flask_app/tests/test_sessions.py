"""What keeps a user signed in, and what ends it.

Twin: django_app/accounts/tests/test_sessions.py.
"""

import pytest

from flask_app.extensions import db

from .helpers import PASSWORD, make_user


@pytest.fixture
def alice_client(app, alice):
    """A client that signed in as alice through the login form."""
    client = app.test_client()
    data = {"username": "alice", "password": PASSWORD}
    assert client.post("/accounts/login/", data=data).status_code == 302
    return client


def signed_in_as(client):
    """Return the username the client is signed in as, or None."""
    return client.get("/api/whoami/").json["username"]


def test_password_change_ends_older_sessions(alice_client, alice):
    """After a new password is set, sessions opened before it are signed out."""
    assert signed_in_as(alice_client) == "alice"
    alice.set_password("another-pass-2")
    db.session.commit()
    assert signed_in_as(alice_client) is None


def test_deactivation_ends_sessions(alice_client, alice):
    """Switching an account off signs it out everywhere."""
    alice.is_active = False
    db.session.commit()
    assert signed_in_as(alice_client) is None


def test_deletion_ends_sessions(alice_client, alice):
    """A deleted user's session names nobody, not even the next user to sign up."""
    db.session.delete(alice)
    db.session.commit()
    make_user("bob")
    assert signed_in_as(alice_client) is None


def test_tampered_cookie_signs_nobody_in(alice_client):
    """A session cookie whose signature does not match signs nobody in."""
    cookie = alice_client.get_cookie("session")
    alice_client.set_cookie("session", cookie.value[:-2] + "xx")
    assert signed_in_as(alice_client) is None


def test_session_cookie_flags(app, alice):
    """The session cookie is HttpOnly and SameSite=Lax, for the browser session."""
    data = {"username": "alice", "password": PASSWORD}
    cookie = app.test_client().post("/accounts/login/", data=data).headers["Set-Cookie"]
    assert cookie.startswith("session=")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie and "Expires" not in cookie


def test_old_cookie_after_logout(app, alice_client):
    """A cookie copied before logout still signs in: the session is the cookie."""
    # Django stores sessions on the server and deletes the row at logout.
    copied = alice_client.get_cookie("session").value
    alice_client.post("/accounts/logout/")
    other = app.test_client()
    other.set_cookie("session", copied)
    assert signed_in_as(other) == "alice"
