"""The home page and the note page. Twin: django_app/notes/tests/test_pages.py."""

import re

import pytest

from .helpers import HOUR, START, make_note, make_notes, make_user


def titles(html):
    """Return the titles of the notes listed in html, in order."""
    return re.findall(r'<h2 class="note-title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def twelve_notes(database):
    """Twelve notes by alice, Note 12 the newest."""
    make_notes([make_user("alice")], 12)


def test_home_lists_ten_newest_notes_per_page(client, twelve_notes):
    """Page 1 shows the ten newest notes and links only to the next page."""
    html = client.get("/").get_data(as_text=True)
    assert titles(html) == [f"Note {number}" for number in range(12, 2, -1)]
    assert '<a rel="next" href="?page=2">Older</a>' in html
    assert 'rel="prev"' not in html
    assert "Page 1 of 2" in html


def test_second_page(client, twelve_notes):
    """Page 2 shows the rest and links back to page 1."""
    html = client.get("/?page=2").get_data(as_text=True)
    assert titles(html) == ["Note 2", "Note 1"]
    assert '<a rel="prev" href="?page=1">Newer</a>' in html
    assert 'rel="next"' not in html


@pytest.mark.parametrize("page", ["abc", "0", "-1", "3", "99", "1.5", "9" * 30])
def test_bad_pages_are_404(client, twelve_notes, page):
    """A page that is not a positive integer in range is a 404."""
    assert client.get(f"/?page={page}").status_code == 404


@pytest.mark.parametrize("page", ["last", ""])
def test_page_last_and_empty_page(client, twelve_notes, page):
    """?page=last and an empty ?page= are 404s too: only numbers are pages."""
    # Django's Paginator reads "last" as the last page and "" as the first.
    assert client.get(f"/?page={page}").status_code == 404


def test_empty_home_page(client):
    """With no notes, page 1 is fine and says so."""
    html = client.get("/").get_data(as_text=True)
    assert '<p class="empty">No notes yet.</p>' in html
    assert "Page 1 of 1" in html


def test_note_markup(client, database):
    """Each note is an article: link, author, UTC time and a whole-word excerpt."""
    body = "word " * 40
    note = make_note(
        make_user("alice"), title="Hello", body=body, created_at=START + HOUR
    )
    html = client.get("/").get_data(as_text=True)
    assert f'<article class="note" id="note-{note.id}">' in html
    assert f'<a href="/notes/{note.id}/">Hello</a>' in html
    assert '<span class="note-author">alice</span>' in html
    assert (
        '<time class="note-created" datetime="2026-11-01T09:00:00Z">'
        "1 Nov 2026, 09:00</time>"
    ) in html
    assert f'<p class="note-excerpt">{"word " * 15}word…</p>' in html


def test_stored_html_is_escaped(client, database):
    """A title or body holding markup is shown as text, never as markup."""
    note = make_note(
        make_user("alice"), title="<script>alert(1)</script>", body="<b>x</b>"
    )
    for path in ["/", f"/notes/{note.id}/"]:
        html = client.get(path).get_data(as_text=True)
        assert "<script>alert(1)</script>" not in html and "<b>x</b>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_note_page_shows_the_note(client, database):
    """A note's page shows its title as the h1, its body, and no actions to visitors."""
    note = make_note(make_user("alice"), title="Hello", body="Line one")
    html = client.get(f"/notes/{note.id}/").get_data(as_text=True)
    assert '<h1 class="note-title">Hello</h1>' in html
    assert '<div class="note-body">Line one</div>' in html
    assert 'class="note-edit"' not in html and 'class="note-delete"' not in html


@pytest.mark.parametrize(
    "path",
    ["/notes/999/", "/notes/abc/", "/notes/-1/", f"/notes/{'9' * 30}/", "/nope/"],
)
def test_unknown_and_non_integer_ids_are_404(client, path):
    """Unknown, non-integer and huge ids are 404s with the site's own page."""
    response = client.get(path)
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in response.get_data(as_text=True)
