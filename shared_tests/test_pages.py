"""The home page and its pagination, checked against the JSON API.

The home page and /api/notes/ paginate the same query (10 a page, newest
first), so the page must show exactly the notes the API lists, in the same
order, with the same authors, times and excerpts.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import urljoin

import pytest
import requests
from bs4 import BeautifulSoup

from harness.observations import Observe, status
from harness.target import Target
from helpers.demo import PER_PAGE
from helpers.notes import excerpt
from helpers.pages import soup, text_of
from helpers.responses import query


def api_page(client: requests.Session, target: Target, page: int) -> dict[str, Any]:
    resp = client.get(target.url(f"/api/notes/?page={page}"), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK
    return resp.json()


def home(
    client: requests.Session, target: Target, page: int | None = None
) -> BeautifulSoup:
    path = "/" if page is None else f"/?page={page}"
    resp = client.get(target.url(path), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK
    assert resp.headers["Content-Type"].startswith("text/html")
    return soup(resp)


def assert_articles_match(page: BeautifulSoup, notes: list[dict[str, Any]]) -> None:
    """Every article shows its API note's id, link, title, author, time, excerpt."""
    articles = page.select("article.note")
    assert [article.get("id") for article in articles] == [
        f"note-{note['id']}" for note in notes
    ]
    for article, note in zip(articles, notes, strict=True):
        link = article.select_one("h2.note-title a")
        assert link is not None
        assert link["href"] == f"/notes/{note['id']}/"
        assert link.get_text() == note["title"]
        assert text_of(article, ".note-author") == note["author"]
        time = article.select_one("time.note-created")
        assert time is not None and time["datetime"] == note["created_at"]
        assert text_of(article, "p.note-excerpt") == excerpt(note["body"]).strip()


def test_home_shows_the_newest_ten_notes_like_the_api(
    target: Target, client: requests.Session
) -> None:
    """Page 1 of home: one h1, ten notes, the same ones in the same order as the API."""
    page = home(client, target)
    assert [h1.get_text(strip=True) for h1 in page.find_all("h1")] == ["Latest notes"]
    listing = api_page(client, target, 1)
    assert listing["count"] > PER_PAGE
    assert len(listing["notes"]) == PER_PAGE
    assert_articles_match(page, listing["notes"])


def test_home_is_newest_first(target: Target, client: requests.Session) -> None:
    """Notes run from newest to oldest across the pages, each listed once."""
    listing = api_page(client, target, 1)
    notes = list(listing["notes"])
    for number in range(2, listing["pages"] + 1):
        notes += api_page(client, target, number)["notes"]
    assert len(notes) == listing["count"]
    assert len({note["id"] for note in notes}) == len(notes)
    # The API shows seconds; notes written in the same second (the concurrency
    # test writes many) are ordered by the stored fraction, which it hides.
    times = [note["created_at"] for note in notes]
    assert times == sorted(times, reverse=True)


def test_seeded_notes_are_on_the_last_page(
    target: Target, client: requests.Session
) -> None:
    """The oldest seeded note (Demo note 1, by alice) ends the last page."""
    pages = api_page(client, target, 1)["pages"]
    page = home(client, target, pages)
    last = page.select("article.note")[-1]
    assert text_of(last, "h2.note-title") == "Demo note 1"
    assert text_of(last, ".note-author") == "alice"
    time = last.select_one("time.note-created")
    assert time is not None and time["datetime"] == "2026-11-01T09:00:00Z"
    assert time.get_text(strip=True) == "1 Nov 2026, 09:00"


def rel_link(page: BeautifulSoup, rel: str) -> str | None:
    links = page.select(f"nav.pagination a[rel={rel}]")
    assert len(links) <= 1
    return str(links[0]["href"]) if links else None


def test_pagination_links(target: Target, client: requests.Session) -> None:
    """Page 1 links only to the next page, the last page only to the previous one."""
    pages = api_page(client, target, 1)["pages"]
    first = home(client, target)
    assert rel_link(first, "prev") is None
    next_href = rel_link(first, "next")
    assert next_href is not None
    assert query(urljoin(target.url("/"), next_href)) == {"page": ["2"]}
    assert text_of(first, "nav.pagination .page-current") == f"Page 1 of {pages}"

    last = home(client, target, pages)
    assert rel_link(last, "next") is None
    prev_href = rel_link(last, "prev")
    assert prev_href is not None
    assert query(urljoin(target.url(f"/?page={pages}"), prev_href)) == {
        "page": [str(pages - 1)]
    }
    listing = api_page(client, target, pages)
    assert_articles_match(last, listing["notes"])


def test_page_2_matches_the_api(target: Target, client: requests.Session) -> None:
    """?page=2 shows exactly the notes of the API's page 2."""
    assert_articles_match(home(client, target, 2), api_page(client, target, 2)["notes"])


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", "99", "2x"])
def test_bad_page_is_404(target: Target, client: requests.Session, page: str) -> None:
    """?page= that is not a positive integer in range is a 404."""
    resp = client.get(target.url(f"/?page={page}"), allow_redirects=False)
    assert resp.status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize(
    ("page", "shows"), [("last", "last"), ("", "first")], ids=["last", "empty"]
)
def test_page_words(
    target: Target, client: requests.Session, observe: Observe, page: str, shows: str
) -> None:
    """?page=last and an empty ?page= show the last and the first page where the
    profile says so (Django's ListView), else 404. Recorded."""
    resp = client.get(target.url(f"/?page={page}"), allow_redirects=False)
    observe(f"10. Database — GET /?page={page}", status(resp.status_code))
    if page not in target.profile.extra_page_values:
        assert resp.status_code == HTTPStatus.NOT_FOUND
        return
    assert resp.status_code == HTTPStatus.OK
    pages = api_page(client, target, 1)["pages"]
    number = pages if shows == "last" else 1
    current = text_of(soup(resp), "nav.pagination .page-current")
    assert current == f"Page {number} of {pages}"
