"""The JSON API. Twin: django_app/notes/tests/test_api.py."""

import pytest

from .conftest import PASSWORD, make_note, make_notes, make_user

NOTE_KEYS = ["id", "title", "body", "author", "created_at", "url"]


def test_note_list_shape_and_key_order(app, client):
    """The list has count, page, pages, notes, in that order, newest first."""
    make_notes(12, [make_user("alice", password=""), make_user("bob", password="")])
    response = client.get("/api/notes/")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    data = response.json
    assert list(data) == ["count", "page", "pages", "notes"]
    assert (data["count"], data["page"], data["pages"]) == (12, 1, 2)
    assert [note["id"] for note in data["notes"]] == list(range(12, 2, -1))
    assert list(data["notes"][0]) == NOTE_KEYS


def test_note_object_values(app, client):
    """A note carries its author's username, a UTC Z timestamp and its page URL."""
    note = make_note(make_user("alice", password=""), title="T", body="B")
    assert client.get(f"/api/notes/{note.id}/").json == {
        "id": note.id,
        "title": "T",
        "body": "B",
        "author": "alice",
        "created_at": "2026-11-01T09:00:00Z",
        "url": f"/notes/{note.id}/",
    }


def test_raw_json_keeps_key_order(app, client):
    """Keys are not sorted in the bytes on the wire (Flask sorts by default)."""
    make_note(make_user("alice", password=""))
    raw = client.get("/api/notes/").get_data(as_text=True)
    assert raw.index('"count"') < raw.index('"page"') < raw.index('"notes"')
    assert raw.index('"title"') < raw.index('"body"') < raw.index('"author"')


def test_second_page(app, client):
    """?page=2 returns the two oldest notes."""
    make_notes(12, [make_user("alice", password="")])
    data = client.get("/api/notes/?page=2").json
    assert data["page"] == 2 and [note["id"] for note in data["notes"]] == [2, 1]


def test_empty_list_has_one_page(client):
    """No notes: count 0, page 1, pages 1."""
    assert client.get("/api/notes/").json == {
        "count": 0,
        "page": 1,
        "pages": 1,
        "notes": [],
    }


@pytest.mark.parametrize(
    "path", ["/api/notes/?page=9", "/api/notes/?page=x", "/api/notes/5/"]
)
def test_not_found_is_json(client, path):
    """A bad page or an unknown note: 404 with {"error": "Not found"}."""
    response = client.get(path)
    assert response.status_code == 404
    assert response.json == {"error": "Not found"}


def test_whoami_anonymous(client):
    """Signed out, whoami echoes the request with no user."""
    data = client.get("/api/whoami/", headers={"User-Agent": "probe/1.0"}).json
    assert data == {
        "authenticated": False,
        "username": None,
        "is_staff": False,
        "method": "GET",
        "path": "/api/whoami/",
        "user_agent": "probe/1.0",
        "remote_addr": "127.0.0.1",
    }


def test_whoami_signed_in_staff(app, client):
    """Signed in, whoami names the user and their staff flag."""
    make_user("admin", is_staff=True)
    client.post("/accounts/login/", data={"username": "admin", "password": PASSWORD})
    data = client.get("/api/whoami/").json
    assert (data["authenticated"], data["username"], data["is_staff"]) == (
        True,
        "admin",
        True,
    )


def test_whoami_without_user_agent_is_empty_string(client):
    """A request without User-Agent reports "" rather than null."""
    client.environ_base.pop("HTTP_USER_AGENT", None)
    assert client.get("/api/whoami/").json["user_agent"] == ""
