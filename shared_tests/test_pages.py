"""The public pages: home with its pagination, about, a note, the base layout.

The home page and /api/notes/ paginate the same query, so the page must show
exactly the notes the API lists, in the same order, with the same authors,
times and excerpts.
"""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import Any
from urllib.parse import urljoin

import pytest
import requests
from bs4 import BeautifulSoup, Tag
from harness import Target
from pages import PER_PAGE, excerpt, query, soup

PUBLIC_PAGES = ["/", "/?page=2", "/about/", "/contact/", "/notes/{id}/"]
VERSION = re.compile(r"^\d+\.\d+(\.\d+)?([a-z]+\d*)?$")


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


def text_of(node: Tag, selector: str) -> str:
    found = node.select(selector)
    assert len(found) == 1, f"{len(found)} elements match {selector!r}"
    return found[0].get_text(strip=True)


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
    """Notes run from newest to oldest across the pages (ties: higher id first)."""
    listing = api_page(client, target, 1)
    notes = list(listing["notes"])
    for number in range(2, listing["pages"] + 1):
        notes += api_page(client, target, number)["notes"]
    assert len(notes) == listing["count"]
    keys = [(note["created_at"], note["id"]) for note in notes]
    assert keys == sorted(keys, reverse=True)


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


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", "", "99", "2x"])
def test_bad_page_is_404(target: Target, client: requests.Session, page: str) -> None:
    """?page= that is not a positive integer in range is a 404."""
    resp = client.get(target.url(f"/?page={page}"), allow_redirects=False)
    assert resp.status_code == HTTPStatus.NOT_FOUND


def test_about_page(target: Target, client: requests.Session) -> None:
    """/about/ is a page with the h1 "About" and some text about the project."""
    resp = client.get(target.url("/about/"), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK
    page = soup(resp)
    assert [h1.get_text(strip=True) for h1 in page.find_all("h1")] == ["About"]
    assert page.title is not None
    assert page.title.get_text(strip=True) == "About · Notes"
    main = page.select_one("main.content")
    assert main is not None and len(main.select("p")) >= 1


def test_note_detail(
    target: Target, client: requests.Session, demo_note: dict[str, Any]
) -> None:
    """/notes/<id>/ shows the note's title (h1), author, time and whole body."""
    resp = client.get(target.url(f"/notes/{demo_note['id']}/"), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK
    page = soup(resp)
    article = page.select_one(f"article.note.note-detail#note-{demo_note['id']}")
    assert article is not None
    assert [h1.get_text(strip=True) for h1 in page.find_all("h1")] == [
        demo_note["title"]
    ]
    assert text_of(article, "h1.note-title") == demo_note["title"]
    assert text_of(article, ".note-author") == demo_note["author"] == "alice"
    time = article.select_one("time.note-created")
    assert time is not None and time["datetime"] == demo_note["created_at"]
    assert text_of(article, ".note-body") == demo_note["body"]
    assert page.title is not None
    assert page.title.get_text(strip=True) == f"{demo_note['title']} · Notes"


def test_note_detail_offers_no_actions_to_visitors(
    target: Target, client: requests.Session, demo_note: dict[str, Any]
) -> None:
    """A signed-out visitor sees no Edit link and no Delete form on a note."""
    resp = client.get(target.url(f"/notes/{demo_note['id']}/"), allow_redirects=False)
    page = soup(resp)
    assert page.select("a.note-edit") == []
    assert page.select("form.note-delete") == []
    assert page.select(f"a[href='/notes/{demo_note['id']}/edit/']") == []


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_layout_names_the_framework(
    target: Target, client: requests.Session, demo_note: dict[str, Any], path: str
) -> None:
    """Every page: body[data-framework], one h1, a footer naming framework + version."""
    resp = client.get(
        target.url(path.format(id=demo_note["id"])), allow_redirects=False
    )
    assert resp.status_code == HTTPStatus.OK
    page = soup(resp)
    body = page.find("body")
    assert isinstance(body, Tag) and body.get("data-framework") == target.name
    assert len(page.find_all("h1")) == 1
    footer = page.select_one("footer.site-footer")
    assert footer is not None
    assert text_of(footer, ".framework") == target.profile.title
    assert VERSION.match(text_of(footer, ".framework-version"))
    assert footer.get_text(" ", strip=True).startswith(
        f"Served by {target.profile.title}"
    )
    stylesheet = page.select_one("head link[rel=stylesheet]")
    assert stylesheet is not None and stylesheet["href"] == "/static/css/style.css"


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_nav_signed_out(
    target: Target, client: requests.Session, demo_note: dict[str, Any], path: str
) -> None:
    """Signed out, the nav offers About, Contact, Log in, Register and nothing else."""
    resp = client.get(
        target.url(path.format(id=demo_note["id"])), allow_redirects=False
    )
    nav = soup(resp).select_one("header.site-header nav.site-nav")
    assert nav is not None
    links = [(a.get_text(strip=True), a["href"]) for a in nav.select("a")]
    assert links == [
        ("About", "/about/"),
        ("Contact", "/contact/"),
        ("Log in", "/accounts/login/"),
        ("Register", "/accounts/register/"),
    ]
    assert nav.select("form") == []
    assert nav.select(".nav-user") == []
    brand = soup(resp).select_one("header.site-header a.brand")
    assert brand is not None and brand["href"] == "/"
