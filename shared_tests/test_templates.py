"""Templates: autoescaping of stored and typed text, and the excerpt.

Jinja2 (with Flask's autoescape) and the Django template language both escape
what users wrote; they spell the escaped quotes differently, which is recorded.
The excerpt is a method call with an argument in Jinja and a filter in Django;
both must cut the body the same way. That both apps render one skeleton is
checked in test_skeleton.py.
"""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import Any

import pytest
import requests

from harness.observations import Observe
from harness.target import Target
from helpers.accounts import sign_in
from helpers.client import unique
from helpers.demo import ALICE
from helpers.notes import alices_note, create_note, excerpt
from helpers.pages import csrf_token, field_div, soup

SCRIPT_TITLE = "<script>alert(1)</script>"
SCRIPT_BODY = "<b>bold</b> & \"double\" & 'single' <img src=x onerror=alert(2)>"


@pytest.fixture(scope="session")
def script_note(target: Target) -> dict[str, Any]:
    """A note by alice whose title and body are markup (created once per app)."""
    note_id = alices_note(target, SCRIPT_TITLE, SCRIPT_BODY)
    return {"id": note_id, "title": SCRIPT_TITLE, "body": SCRIPT_BODY}


def assert_no_injected_markup(html: str) -> None:
    """The raw markup never appears; its escaped form does."""
    assert SCRIPT_TITLE not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>bold</b>" not in html
    page = soup(html)
    assert page.find("script") is None
    assert page.find("b") is None
    assert page.find("img", attrs={"onerror": True}) is None


def test_script_title_is_escaped_on_home(
    target: Target, client: requests.Session, script_note: dict[str, Any]
) -> None:
    """The note's markup title shows as text on the home page, never as a tag."""
    resp = client.get(target.url("/"), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK
    assert_no_injected_markup(resp.text)
    article = soup(resp).select_one(f"article#note-{script_note['id']}")
    assert article is not None
    link = article.select_one("h2.note-title a")
    assert link is not None and link.get_text() == SCRIPT_TITLE
    text = article.select_one("p.note-excerpt")
    assert text is not None and text.get_text(strip=True) == SCRIPT_BODY


def test_script_note_is_escaped_on_its_page(
    target: Target,
    client: requests.Session,
    observe: Observe,
    script_note: dict[str, Any],
) -> None:
    """The note's page shows title and body as text; record how quotes are escaped."""
    resp = client.get(target.url(f"/notes/{script_note['id']}/"), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK
    assert_no_injected_markup(resp.text)
    page = soup(resp)
    title = page.select_one("h1.note-title")
    assert title is not None and title.get_text() == SCRIPT_TITLE
    body = page.select_one(".note-body")
    assert body is not None and body.get_text(strip=True) == SCRIPT_BODY
    raw_body = resp.text[resp.text.index("&lt;b&gt;bold") :]
    double = re.search(r"&amp; (\S+)double", raw_body)
    single = re.search(r"&amp; (\S+)single", raw_body)
    assert double and single
    observe(
        "6. Templates — autoescaped \" and '", f"{double.group(1)} {single.group(1)}"
    )


def test_script_note_is_raw_in_the_api(
    target: Target, client: requests.Session, script_note: dict[str, Any]
) -> None:
    """The API returns title and body exactly as written (JSON needs no escaping)."""
    resp = client.get(
        target.url(f"/api/notes/{script_note['id']}/"), allow_redirects=False
    )
    assert resp.status_code == HTTPStatus.OK
    assert resp.json()["title"] == SCRIPT_TITLE
    assert resp.json()["body"] == SCRIPT_BODY


def test_entered_markup_is_escaped_in_a_form(
    target: Target, client: requests.Session
) -> None:
    """A value typed into a form comes back escaped when the form is shown again."""
    form = client.get(target.url("/contact/"), allow_redirects=False)
    marker = unique("esc")
    resp = client.post(
        target.url("/contact/"),
        data={
            target.profile.csrf_field: csrf_token(form, target.profile),
            "name": f'"><script>alert({marker})</script>',
            "email": "not an email",
            "message": f"</textarea><script>alert({marker})</script>",
        },
        allow_redirects=False,
    )
    assert resp.status_code == HTTPStatus.OK
    assert f"<script>alert({marker})" not in resp.text
    page = soup(resp)
    assert page.find("script") is None
    name = field_div(page, "name").find("input")
    assert name is not None
    assert name["value"] == f'"><script>alert({marker})</script>'


@pytest.mark.parametrize(("length", "cut"), [(79, False), (80, False), (81, True)])
def test_excerpt_cuts_after_80_characters(
    target: Target, client: requests.Session, length: int, cut: bool
) -> None:
    """Home shows a body of up to 80 characters whole, a longer one cut with …."""
    body = ("word " * 40)[: length - 1] + "Z"
    assert len(body) == length
    sign_in(client, target, ALICE)
    note_id = create_note(client, target, unique("excerpt "), body)
    resp = client.get(target.url("/"), allow_redirects=False)
    shown = soup(resp).select_one(f"article#note-{note_id} p.note-excerpt")
    assert shown is not None
    text = shown.get_text(strip=True)
    assert text == excerpt(body, 80)
    assert text.endswith("…") == cut
    assert len(text) <= 80
