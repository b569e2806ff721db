"""The about page and a note's own page, as anyone sees them.

/about/ is a static page; /notes/<id>/ shows one note whole. A signed-out
visitor gets no Edit link and no Delete form.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import requests
from harness import Target
from pages import soup, text_of


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
