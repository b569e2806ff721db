"""Signing out. Twin: django_app/accounts/tests/test_logout.py."""

import pytest

from .helpers import make_user


@pytest.fixture
def client(app, database):
    """A client signed in as alice."""
    return app.test_client(user=make_user("alice"))


def signed_in_as(client):
    """Return the username the client is signed in as, or None."""
    return client.get("/api/whoami/").json["username"]


def test_logout_by_get_is_405(client):
    """GET on logout is 405 and leaves the user signed in."""
    response = client.get("/accounts/logout/")
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) == {"POST", "OPTIONS"}
    assert signed_in_as(client) == "alice"


def test_logout(client):
    """POST signs out, redirects to / and says so."""
    response = client.post("/accounts/logout/")
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert signed_in_as(client) is None
    html = client.get("/").get_data(as_text=True)
    assert '<li class="success">You have been logged out.</li>' in html
    assert "Log in</a>" in html


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/accounts/logout/?next=/about/", {}),
        ("/accounts/logout/", {"next": "/about/"}),
    ],
)
def test_logout_with_a_local_next(client, url, data):
    """The Flask twin ignores next: logout always goes home."""
    # Django's LogoutView follows a safe next, from the query or the form.
    response = client.post(url, data=data)
    assert response.headers["Location"] == "/"
    assert signed_in_as(client) is None


def test_logout_with_a_foreign_next(client):
    """A next to another site is ignored too."""
    response = client.post("/accounts/logout/?next=https://evil.example/")
    assert response.headers["Location"] == "/"
