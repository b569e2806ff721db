"""HTTP-level behaviour: methods, redirects, headers, hosts, CSRF, sizes.

Twin: django_app/notes/tests/test_http.py.
"""

import re

import pytest

from flask_app.extensions import db
from flask_app.models import ContactMessage, Note

from .conftest import PASSWORD, make_note, make_user


@pytest.mark.parametrize("path", ["/", "/about/", "/contact/", "/api/notes/"])
def test_head_answers_without_a_body(client, path):
    """HEAD on a GET page: 200 and no body."""
    response = client.head(path)
    assert response.status_code == 200
    assert response.data == b""


def test_options_lists_the_allowed_methods(client):
    """OPTIONS answers 200 with the methods in Allow."""
    response = client.options("/contact/")
    assert response.status_code == 200
    assert set(response.headers["Allow"].split(", ")) == {
        "GET",
        "HEAD",
        "OPTIONS",
        "POST",
    }


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("post", "/about/", {"GET", "HEAD", "OPTIONS"}),
        ("get", "/accounts/logout/", {"POST", "OPTIONS"}),
        ("get", "/notes/1/delete/", {"POST", "OPTIONS"}),
        ("delete", "/api/notes/", {"GET", "HEAD", "OPTIONS"}),
    ],
)
def test_wrong_method_is_405_with_allow(client, method, path, allowed):
    """A method the route does not take: 405 with an Allow header."""
    response = getattr(client, method)(path)
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) == allowed


def test_missing_trailing_slash_redirects_permanently(client):
    """/about redirects to /about/ with 308 and an absolute Location."""
    response = client.get("/about")
    assert response.status_code == 308
    assert response.headers["Location"] == "http://localhost/about/"


def test_static_files_are_served_with_types_and_validators(client):
    """The stylesheet and logo are served with their types; a repeat gets 304."""
    css = client.get("/static/css/style.css")
    assert css.status_code == 200 and css.mimetype == "text/css"
    logo = client.get("/static/img/logo.svg")
    assert logo.status_code == 200 and logo.mimetype == "image/svg+xml"
    again = client.get(
        "/static/css/style.css", headers={"If-None-Match": css.headers["ETag"]}
    )
    assert again.status_code == 304


@pytest.mark.parametrize(
    "path", ["/", "/api/notes/", "/nope/", "/static/css/style.css"]
)
def test_security_headers_on_every_response(client, path):
    """The four headers Django sends by default come from Flask too."""
    headers = client.get(path).headers
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"


def test_foreign_host_header_is_400(client):
    """A Host not in ALLOWED_HOSTS is refused with 400."""
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400
    assert client.get("/", headers={"Host": "localhost"}).status_code == 200


def test_oversized_body_is_413_and_stores_nothing(app, client):
    """A body over 2.5 MB is refused before any form sees it."""
    response = client.post(
        "/contact/",
        data={"name": "N", "email": "n@example.com", "message": "x" * 2_700_000},
    )
    assert response.status_code == 413
    assert (
        db.session.scalar(db.select(db.func.count()).select_from(ContactMessage)) == 0
    )


def test_session_cookie_flags_after_login(app, client):
    """The session cookie is HttpOnly and SameSite=Lax, like Django's."""
    make_user("alice")
    response = client.post(
        "/accounts/login/", data={"username": "alice", "password": PASSWORD}
    )
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("session=")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def csrf_token(client, path):
    """Return the CSRF token of the form at path."""
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_post_without_csrf_token_is_400_and_stores_nothing(csrf_app):
    """With CSRF on, a contact POST without the token is refused; one with it works."""
    client = csrf_app.test_client()
    data = {"name": "N", "email": "n@example.com", "message": "Hi"}
    assert client.post("/contact/", data=data).status_code == 400
    assert (
        db.session.scalar(db.select(db.func.count()).select_from(ContactMessage)) == 0
    )
    token = csrf_token(client, "/contact/")
    assert (
        client.post("/contact/", data={**data, "csrf_token": token}).status_code == 302
    )


def test_csrf_protects_login_logout_and_note_forms(csrf_app):
    """Login, new note, delete and logout all refuse a POST without the token."""
    client = csrf_app.test_client()
    alice = make_user("alice")
    note = make_note(alice)
    login = {"username": "alice", "password": PASSWORD}
    assert client.post("/accounts/login/", data=login).status_code == 400
    token = csrf_token(client, "/accounts/login/")
    assert (
        client.post("/accounts/login/", data={**login, "csrf_token": token}).status_code
        == 302
    )
    assert (
        client.post("/notes/new/", data={"title": "T", "body": "B"}).status_code == 400
    )
    assert client.post(f"/notes/{note.id}/delete/").status_code == 400
    assert db.session.get(Note, note.id) is not None
    assert client.post("/accounts/logout/").status_code == 400
    assert client.get("/api/whoami/").json["authenticated"] is True
