"""The JSON API. Twin: django_app/notes/tests/test_api.py."""

import pytest

from .helpers import START, make_note, make_notes, make_user

NOT_FOUND = {"error": "Not found"}


@pytest.fixture
def twelve_notes(database):
    """Twelve notes by alice, Note 12 the newest."""
    return make_notes([make_user("alice")], 12)


def test_first_page_shape(client, twelve_notes):
    """The list has count, page, pages and notes, keys in that order."""
    response = client.get("/api/notes/")
    assert response.headers["Content-Type"] == "application/json"
    data = response.json
    assert list(data) == ["count", "page", "pages", "notes"]
    assert (data["count"], data["page"], data["pages"]) == (12, 1, 2)
    assert len(data["notes"]) == 10
    first = data["notes"][0]
    assert list(first) == ["id", "title", "body", "author", "created_at", "url"]
    assert (first["title"], first["author"]) == ("Note 12", "alice")
    assert first["created_at"] == "2026-11-01T20:00:00Z"
    assert first["url"] == f"/notes/{first['id']}/"


def test_raw_json_keeps_key_order(client, twelve_notes):
    """The bytes on the wire keep the keys in order (Flask would sort them)."""
    raw = client.get("/api/notes/").get_data(as_text=True)
    assert raw.index('"count"') < raw.index('"page"') < raw.index('"notes"')
    assert raw.index('"title"') < raw.index('"body"') < raw.index('"author"')


def test_second_page(client, twelve_notes):
    """?page=2 gives the remaining notes."""
    data = client.get("/api/notes/?page=2").json
    assert data["page"] == 2
    assert [note["title"] for note in data["notes"]] == ["Note 2", "Note 1"]


def test_empty_list_has_one_page(client):
    """With no notes: count 0, page 1, pages 1."""
    assert client.get("/api/notes/").json == {
        "count": 0,
        "page": 1,
        "pages": 1,
        "notes": [],
    }


@pytest.mark.parametrize("page", ["abc", "0", "2", "-1", "9" * 30])
def test_bad_page_is_json_404(client, database, page):
    """A bad page is 404 with the API's error object."""
    make_note(make_user("alice"))
    response = client.get(f"/api/notes/?page={page}")
    assert response.status_code == 404 and response.json == NOT_FOUND


@pytest.mark.parametrize("page", ["last", ""])
def test_page_last_and_empty_page(client, twelve_notes, page):
    """?page=last and an empty ?page= are JSON 404s: only numbers are pages."""
    response = client.get(f"/api/notes/?page={page}")
    assert response.status_code == 404 and response.json == NOT_FOUND


def test_timestamps_are_utc_to_the_second(client, database):
    """Microseconds are dropped and the zone is written as Z."""
    note = make_note(make_user("alice"), created_at=START.replace(microsecond=123456))
    assert client.get(f"/api/notes/{note.id}/").json["created_at"] == (
        "2026-11-01T08:00:00Z"
    )


def test_one_note(client, database):
    """One note comes back as the same object the list shows."""
    note = make_note(make_user("alice"), title="Hi", body="Text")
    data = client.get(f"/api/notes/{note.id}/").json
    assert data == client.get("/api/notes/").json["notes"][0]
    assert (data["id"], data["title"], data["body"]) == (note.id, "Hi", "Text")


@pytest.mark.parametrize(
    "path",
    ["/api/notes/999/", f"/api/notes/{'9' * 30}/", "/api/", "/api/nope/",
     "/api/notes/abc/", "/api/notes/1/extra/"],
)  # fmt: skip
def test_unmatched_api_paths_are_json_404(client, path):
    """An unknown note or any other path under /api/ is the API's JSON 404."""
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["Content-Type"] == "application/json"
    assert response.json == NOT_FOUND


def test_post_is_json_404_not_a_csrf_failure(csrf_app):
    """A POST without a token there is a 404, as for a URL that matches nothing."""
    response = csrf_app.test_client().post("/api/nope/")
    assert response.status_code == 404 and response.json == NOT_FOUND


def test_paths_without_slash(client):
    """/api/nope is a JSON 404; /api/notes is redirected to /api/notes/ with 308."""
    response = client.get("/api/nope")
    assert response.status_code == 404 and response.json == NOT_FOUND
    response = client.get("/api/notes?page=2")
    assert response.status_code == 308
    assert response.headers["Location"] == "http://localhost/api/notes/?page=2"


def test_whoami_anonymous(client):
    """Signed out: not authenticated, no username, and the request's details."""
    response = client.get(
        "/api/whoami/",
        headers={"User-Agent": "tester/1.0"},
        environ_base={"REMOTE_ADDR": "10.0.0.7"},
    )
    assert response.json == {
        "authenticated": False,
        "username": None,
        "is_staff": False,
        "method": "GET",
        "path": "/api/whoami/",
        "user_agent": "tester/1.0",
        "remote_addr": "10.0.0.7",
    }


def test_whoami_signed_in_staff(app, database):
    """Signed in: the username and staff flag; no User-Agent gives ""."""
    client = app.test_client(user=make_user("root", is_staff=True))
    client.environ_base.pop("HTTP_USER_AGENT", None)
    data = client.get("/api/whoami/").json
    assert (data["authenticated"], data["username"], data["is_staff"]) == (
        True,
        "root",
        True,
    )
    assert data["user_agent"] == ""
