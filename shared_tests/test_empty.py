"""An app without notes yet: the home page and the API show one empty page.

Django's Paginator counts an empty list as one page (allow_empty_first_page);
Flask-SQLAlchemy's pagination counts none, so the Flask twin says 1 by hand.
Each app is started again on a fresh SQLite database of its own, migrated and
not seeded.
"""

from __future__ import annotations

from collections.abc import Iterator
from http import HTTPStatus

import pytest
import requests

from harness.target import Target, fresh_server
from helpers.client import get, get_json
from helpers.pages import soup

SEED = ("seed",)


@pytest.fixture(scope="session")
def empty_target(target: Target) -> Iterator[Target]:
    """The same app on a fresh database that is migrated but not seeded."""
    steps = [args for args in target.profile.commands.setup if args != SEED]
    with fresh_server(target, steps) as empty:
        yield empty


def test_home_page_without_notes(
    empty_target: Target, client: requests.Session
) -> None:
    """No notes: the home page says so, shows "Page 1 of 1" and links to no
    other page; ?page=2 is a 404."""
    response = get(client, empty_target, "/")
    assert response.status_code == HTTPStatus.OK
    page = soup(response)
    assert page.select("article.note") == []
    empty = page.select_one("p.empty")
    assert empty is not None and empty.get_text(strip=True) == "No notes yet."
    current = page.select_one(".page-current")
    assert current is not None and current.get_text(strip=True) == "Page 1 of 1"
    assert page.select("a[rel=prev], a[rel=next]") == []
    assert get(client, empty_target, "/?page=2").status_code == HTTPStatus.NOT_FOUND


def test_api_without_notes(empty_target: Target, client: requests.Session) -> None:
    """No notes: /api/notes/ is one empty page (count 0, page 1, pages 1), and
    its page 2 is the API's 404."""
    body = get_json(client, empty_target, "/api/notes/", HTTPStatus.OK)
    assert body == {"count": 0, "page": 1, "pages": 1, "notes": []}
    missing = get_json(client, empty_target, "/api/notes/?page=2", HTTPStatus.NOT_FOUND)
    assert missing == {"error": "Not found"}
