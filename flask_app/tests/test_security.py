"""Security headers, hosts and CSRF. Twin: django_app/notes/tests/test_security.py."""

import re

import pytest

from flask_app.notes.models import ContactMessage, Note

from .helpers import PASSWORD, count_rows, make_note, make_user

HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}
CONTACT = {"name": "Zoe", "email": "zoe@example.com", "message": "Hi"}


@pytest.mark.parametrize(
    "path", ["/", "/api/notes/", "/nope/", "/static/css/style.css"]
)
def test_security_headers(client, path):
    """Django's four default headers, on pages, errors and static files alike."""
    headers = client.get(path).headers
    assert {name: headers.get(name) for name in HEADERS} == HEADERS


def test_foreign_host_is_400(client):
    """A Host header outside ALLOWED_HOSTS is refused with 400."""
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400
    assert (
        client.get(
            "/static/css/style.css", headers={"Host": "evil.example"}
        ).status_code
        == 400
    )


def token_of(client, path):
    """Return the CSRF token of the form at path."""
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html)[1]


def test_post_without_csrf_token_is_refused(csrf_app, database):
    """With CSRF checks on, a POST without the token is 400; with it, it works."""
    client = csrf_app.test_client()
    assert client.post("/contact/", data=CONTACT).status_code == 400
    assert count_rows(ContactMessage) == 0
    data = CONTACT | {"csrf_token": token_of(client, "/contact/")}
    assert client.post("/contact/", data=data).status_code == 302
    assert count_rows(ContactMessage) == 1


def test_csrf_protects_login_logout_and_note_forms(csrf_app, database):
    """Login, a new note, a delete and logout all refuse a POST without the token."""
    alice = make_user("alice", PASSWORD)
    note = make_note(alice)
    visitor = csrf_app.test_client()
    login = {"username": "alice", "password": PASSWORD}
    assert visitor.post("/accounts/login/", data=login).status_code == 400
    assert visitor.get("/api/whoami/").json["authenticated"] is False
    client = csrf_app.test_client(user=alice)
    assert (
        client.post("/notes/new/", data={"title": "T", "body": "B"}).status_code == 400
    )
    assert client.post(f"/notes/{note.id}/delete/").status_code == 400
    assert client.post("/accounts/logout/").status_code == 400
    assert count_rows(Note) == 1
    assert client.get("/api/whoami/").json["authenticated"] is True
