"""Signing in: credentials, errors and the next check.

Twin: django_app/accounts/tests/test_login.py.
"""

import re

import pytest

from flask_app.accounts.redirects import is_safe_next

from .helpers import PASSWORD, make_user

WRONG = '<ul class="errorlist nonfield"><li>Invalid username or password.</li></ul>'
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


def log_in(client, username="alice", password=PASSWORD, next_url=""):
    """Post the login form."""
    data = {"username": username, "password": password, "next": next_url}
    return client.post("/accounts/login/", data=data)


def signed_in_as(client):
    """Return the username the client is signed in as, or None."""
    return client.get("/api/whoami/").json["username"]


def test_login_goes_home(client, alice):
    """Good credentials sign in and redirect to /."""
    response = log_in(client)
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert signed_in_as(client) == "alice"


def test_login_follows_a_local_next(client, alice):
    """A path on this site in next is followed, from the form or the query."""
    assert log_in(client, next_url="/notes/new/?a=1").headers["Location"] == (
        "/notes/new/?a=1"
    )
    html = client.get("/accounts/login/?next=/notes/new/").get_data(as_text=True)
    assert '<input type="hidden" name="next" value="/notes/new/">' in html


@pytest.mark.parametrize("target", UNSAFE)
def test_login_ignores_a_foreign_next(app, alice, target):
    """A next that would leave the site is replaced by /."""
    assert log_in(app.test_client(), next_url=target).headers["Location"] == "/"


@pytest.mark.parametrize("target", UNSAFE)
def test_unsafe_next_values_are_recognised(target):
    """is_safe_next() refuses other hosts, schemes, // and backslash tricks."""
    # Flask only: Django's LoginView calls url_has_allowed_host_and_scheme().
    assert not is_safe_next(target)


@pytest.mark.parametrize("target", ["/", "/notes/1/edit/", "/?page=2", "/a%2F%2Fb/"])
def test_local_paths_are_safe(target):
    """Plain paths on this site are safe."""
    assert is_safe_next(target)


def test_wrong_password(client, alice):
    """Wrong credentials: 200, a non-field error, username kept, not signed in."""
    response = log_in(client, password="wrong-password")
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and WRONG in html
    assert 'value="alice"' in html
    assert signed_in_as(client) is None


@pytest.mark.parametrize(
    "username", ["nobody", "ALICE", "gone"], ids=["unknown", "other-case", "inactive"]
)
def test_bad_credentials_get_the_same_error(app, alice, username):
    """Unknown, wrongly cased and inactive accounts get the wrong-credentials error."""
    make_user("gone", PASSWORD, is_active=False)
    client = app.test_client()
    assert WRONG in log_in(client, username).get_data(as_text=True)
    assert signed_in_as(client) is None


def test_login_with_a_full_width_username(client, alice):
    """The username is normalised to NFKC, so a full-width look-alike signs in."""
    assert log_in(client, "ａｌｉｃｅ").status_code == 302
    assert signed_in_as(client) == "alice"


def test_login_page_hints(client):
    """The inputs carry the autofocus and autocomplete hints Django renders."""
    html = client.get("/accounts/login/").get_data(as_text=True)
    username = re.search(r'<input [^>]*name="username"[^>]*>', html)[0]
    password = re.search(r'<input [^>]*name="password"[^>]*>', html)[0]
    assert "autofocus" in username and 'autocapitalize="none"' in username
    assert 'autocomplete="current-password"' in password
