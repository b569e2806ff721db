"""The about page and a note's own page, as anyone sees them.

/about/ is a static page; /notes/<id>/ shows one note whole, with an Edit
link and a Delete form only for those the authorization matrix
(helpers/matrix.py) lets edit and delete.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import pytest
import requests

from harness.target import Target
from helpers.client import get, param_id, unique
from helpers.matrix import ROLES, become, may_delete, may_edit
from helpers.notes import alices_note, note_path
from helpers.pages import csrf_token, soup, text_of
from helpers.responses import absolute


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


@pytest.mark.parametrize("role_name", list(ROLES), ids=param_id)
def test_note_page_shows_only_allowed_controls(
    target: Target, client: requests.Session, role_name: str
) -> None:
    """The note page shows Edit to whoever may edit and Delete (a POST form with a
    CSRF token) to whoever may delete, as MATRIX says, and to nobody else."""
    note_id = alices_note(target, unique("Controls "))
    become(client, target, ROLES[role_name], fresh=False)
    response = get(client, target, note_path(note_id))
    assert response.status_code == HTTPStatus.OK
    page = soup(response)
    edit = page.select_one("a.note-edit")
    delete = page.select_one("form.note-delete")
    assert (edit is not None) is may_edit(role_name)
    assert (delete is not None) is may_delete(role_name)
    if edit is not None:
        assert absolute(target, str(edit["href"])) == target.url(
            note_path(note_id, "edit")
        )
    if delete is not None:
        assert str(delete.get("method", "")).lower() == "post"
        assert absolute(target, str(delete["action"])) == target.url(
            note_path(note_id, "delete")
        )
        assert csrf_token(delete, target.profile)
