"""The JSON API: list and detail shapes, key order, formats, 404s.

Both apps must send the same structure with the same value formats: UTC
timestamps with second precision and a Z, keys in the documented order (Flask
sorts keys unless told not to). Whitespace is each framework's own and is
recorded, not compared. /api/whoami/ is in test_whoami.py.
"""

from __future__ import annotations

import math
import re
from http import HTTPStatus
from typing import Any

import pytest
import requests

from harness.observations import Observe
from harness.target import Target
from helpers.client import get_json
from helpers.demo import PER_PAGE

TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
LIST_KEYS = ["count", "page", "pages", "notes"]
NOTE_KEYS = ["id", "title", "body", "author", "created_at", "url"]


def assert_note_shape(note: dict[str, Any]) -> None:
    assert list(note) == NOTE_KEYS
    assert isinstance(note["id"], int) and not isinstance(note["id"], bool)
    assert isinstance(note["title"], str) and note["title"]
    assert isinstance(note["body"], str) and note["body"]
    assert isinstance(note["author"], str) and note["author"]
    assert TIMESTAMP.match(note["created_at"]), note["created_at"]
    assert note["url"] == f"/notes/{note['id']}/"


def test_note_list_shape(target: Target, client: requests.Session) -> None:
    """/api/notes/: count, page, pages, notes, in that order and consistent."""
    listing = get_json(client, target, "/api/notes/", HTTPStatus.OK)
    assert list(listing) == LIST_KEYS
    assert listing["page"] == 1
    assert listing["count"] >= 12
    assert listing["pages"] == math.ceil(listing["count"] / PER_PAGE)
    assert len(listing["notes"]) == PER_PAGE
    for note in listing["notes"]:
        assert_note_shape(note)
    assert get_json(client, target, "/api/notes/?page=1", HTTPStatus.OK) == listing


def test_last_page_holds_the_rest(target: Target, client: requests.Session) -> None:
    """The last page holds count minus the notes of the pages before it."""
    first = get_json(client, target, "/api/notes/", HTTPStatus.OK)
    last = get_json(client, target, f"/api/notes/?page={first['pages']}", HTTPStatus.OK)
    assert last["page"] == first["pages"]
    assert (last["count"], last["pages"]) == (first["count"], first["pages"])
    assert len(last["notes"]) == first["count"] - PER_PAGE * (first["pages"] - 1)
    ids = [note["id"] for note in first["notes"] + last["notes"]]
    assert len(ids) == len(set(ids))


def test_seeded_note_values(target: Target, client: requests.Session) -> None:
    """The oldest seeded note comes back with the seed's exact values."""
    first = get_json(client, target, "/api/notes/", HTTPStatus.OK)
    last = get_json(client, target, f"/api/notes/?page={first['pages']}", HTTPStatus.OK)
    oldest = last["notes"][-1]
    assert {key: oldest[key] for key in NOTE_KEYS if key not in ("id", "url")} == {
        "title": "Demo note 1",
        "body": " ".join(["This is demo note number 1."] * 6),
        "author": "alice",
        "created_at": "2026-11-01T09:00:00Z",
    }


def test_note_detail_matches_the_list(target: Target, client: requests.Session) -> None:
    """/api/notes/<id>/ is the same object the list shows for that note."""
    listing = get_json(client, target, "/api/notes/", HTTPStatus.OK)
    for note in listing["notes"][:3]:
        detail = get_json(client, target, f"/api/notes/{note['id']}/", HTTPStatus.OK)
        assert list(detail) == NOTE_KEYS
        assert detail == note


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", "99"])
def test_bad_page_is_404_json(
    target: Target, client: requests.Session, page: str
) -> None:
    """A bad ?page= on the API is 404 with {"error": "Not found"}."""
    body = get_json(client, target, f"/api/notes/?page={page}", HTTPStatus.NOT_FOUND)
    assert body == {"error": "Not found"}


def test_unknown_note_is_404_json(target: Target, client: requests.Session) -> None:
    """An unknown note id on the API is 404 with {"error": "Not found"}."""
    body = get_json(client, target, "/api/notes/999999/", HTTPStatus.NOT_FOUND)
    assert body == {"error": "Not found"}


def test_json_whitespace(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """Record how each framework lays out its JSON (not part of the contract)."""
    resp = client.get(target.url("/api/notes/999999/"), allow_redirects=False)
    text = resp.text.strip()
    if "\n" in text:
        layout = "indented"
    elif '": ' in text:
        layout = "one line, spaces after : and ,"
    else:
        layout = "one line, no spaces"
    observe("4. Routes — JSON layout", layout, per_mode=True)
