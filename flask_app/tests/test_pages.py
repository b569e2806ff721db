"""Public pages and the contact form.

Twin: django_app/notes/tests/test_pages.py and django_app/notes/tests/test_contact.py.
"""

import re

import pytest

from flask_app.extensions import db
from flask_app.models import ContactMessage

from .conftest import PASSWORD, make_note, make_notes, make_user


def article_ids(html):
    return [
        int(found)
        for found in re.findall(r'<article class="note" id="note-(\d+)"', html)
    ]


def test_home_shows_ten_newest_notes_then_the_rest(app, client):
    """Page 1 holds the 10 newest notes with a next link, page 2 the other 2."""
    make_notes(12, [make_user("alice", password="")])
    first = client.get("/").get_data(as_text=True)
    assert article_ids(first) == list(range(12, 2, -1))
    assert 'rel="next" href="?page=2"' in first
    assert 'rel="prev"' not in first
    second = client.get("/?page=2").get_data(as_text=True)
    assert article_ids(second) == [2, 1]
    assert 'rel="prev" href="?page=1"' in second
    assert 'rel="next"' not in second
    assert "Page 2 of 2" in second


def test_home_note_markup(app, client):
    """Each note shows its linked title, author and a machine-readable time."""
    note = make_note(make_user("alice", password=""), title="Hello")
    html = client.get("/").get_data(as_text=True)
    assert f'<a href="/notes/{note.id}/">Hello</a>' in html
    assert '<span class="note-author">alice</span>' in html
    assert '<time class="note-created" datetime="2026-11-01T09:00:00Z">' in html
    assert "1 Nov 2026, 09:00</time>" in html


def test_home_shows_an_excerpt_of_the_body(app, client):
    """The home page shows the first 80 characters of a long body."""
    make_note(make_user("alice", password=""), body="a" * 200)
    html = client.get("/").get_data(as_text=True)
    assert f'<p class="note-excerpt">{"a" * 79}…</p>' in html


def test_empty_home_page(app, client):
    """With no notes, page 1 still answers and says so."""
    response = client.get("/")
    assert response.status_code == 200
    assert b'<p class="empty">No notes yet.</p>' in response.data


@pytest.mark.parametrize("page", ["0", "-1", "3", "abc", "1.5", ""])
def test_bad_page_numbers_are_404(app, client, page):
    """A page that is not a positive integer in range is not found."""
    make_notes(12, [make_user("alice", password="")])
    assert client.get(f"/?page={page}").status_code == 404


@pytest.mark.parametrize("path", ["/notes/999/", "/notes/abc/", "/notes/-1/", "/nope/"])
def test_unknown_pages_are_404_with_the_site_layout(client, path):
    """Unknown notes and paths get the site's own 404 page."""
    response = client.get(path)
    assert response.status_code == 404
    assert b"<h1>Page not found</h1>" in response.data


def test_huge_note_id_is_404_not_500(client):
    """An id beyond the database's integer range is simply not found."""
    assert client.get("/notes/99999999999999999999999/").status_code == 404


def test_note_detail(app, client):
    """A note's page shows its title and whole body, and no edit link to visitors."""
    note = make_note(make_user("alice", password=""), title="T", body="Full body")
    html = client.get(f"/notes/{note.id}/").get_data(as_text=True)
    assert '<h1 class="note-title">T</h1>' in html
    assert '<div class="note-body">Full body</div>' in html
    assert "note-edit" not in html and "note-delete" not in html


def test_stored_markup_is_escaped(app, client):
    """A title or body holding HTML is shown as text on every page."""
    note = make_note(
        make_user("alice", password=""), title="<script>x()</script>", body="<b>b</b>"
    )
    for path in ["/", f"/notes/{note.id}/"]:
        html = client.get(path).get_data(as_text=True)
        assert "<script>x()" not in html and "<b>b</b>" not in html
        assert "&lt;script&gt;x()&lt;/script&gt;" in html


def test_layout_contract(client):
    """Every page names the framework, has one h1 and the signed-out nav."""
    html = client.get("/about/").get_data(as_text=True)
    assert '<body data-framework="flask">' in html
    assert html.count("<h1") == 1
    assert '<span class="framework">Flask</span>' in html
    assert re.search(r'<span class="framework-version">\d+\.\d+', html)
    assert '<a href="/accounts/login/">Log in</a>' in html
    assert "Signed in as" not in html


@pytest.mark.parametrize(
    ("flags", "admin_link"),
    [({}, False), ({"is_staff": True}, True)],
    ids=["user", "staff"],
)
def test_signed_in_nav(app, client, flags, admin_link):
    """Signed in: New note, the username and a Log out button; staff also Admin."""
    make_user("alice", **flags)
    client.post("/accounts/login/", data={"username": "alice", "password": PASSWORD})
    html = client.get("/").get_data(as_text=True)
    assert '<a href="/notes/new/">New note</a>' in html
    assert '<span class="nav-user">Signed in as alice</span>' in html
    assert '<form class="logout-form" method="post" action="/accounts/logout/">' in html
    assert ('<a href="/admin/">Admin</a>' in html) is admin_link
    assert "Log in</a>" not in html


def test_contact_form_stores_message_and_redirects(app, client):
    """A valid message is stored (stripped), then 302 back with a thank-you."""
    response = client.post(
        "/contact/",
        data={"name": " Eve ", "email": "eve@example.com", "message": "Hi!"},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/contact/"
    stored = db.session.scalars(db.select(ContactMessage)).one()
    assert (stored.name, stored.email, stored.message) == (
        "Eve",
        "eve@example.com",
        "Hi!",
    )
    page = client.get("/contact/").get_data(as_text=True)
    assert '<ul class="messages">' in page and "Thanks, your message was sent." in page


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": "", "email": "e@example.com", "message": "Hi"}, "name"),
        ({"name": "E", "email": "nope", "message": "Hi"}, "email"),
        ({"name": "E", "email": "e@example.com", "message": "m" * 2001}, "message"),
        ({"name": "n" * 101, "email": "e@example.com", "message": "Hi"}, "name"),
    ],
    ids=["missing-name", "bad-email", "long-message", "long-name"],
)
def test_invalid_contact_form_is_shown_again(app, client, data, field):
    """Invalid input: 200, the error next to its field, values kept, nothing stored."""
    response = client.post("/contact/", data=data)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert re.search(
        rf'<label for="id_{field}">[^<]*</label>\s*'
        rf'<ul class="errorlist" id="id_{field}_error"><li>',
        html,
    )
    assert 'value="e@example.com"' in html or 'value="nope"' in html
    assert (
        db.session.scalar(db.select(db.func.count()).select_from(ContactMessage)) == 0
    )


def test_contact_field_markup_matches_djangos(app, client):
    """A 40x10 textarea; a field with errors points at its list, as in Django 5.2."""
    assert 'cols="40"' in client.get("/contact/").get_data(as_text=True)
    data = {"name": "", "email": "e@example.com", "message": ""}
    html = client.post("/contact/", data=data).get_data(as_text=True)
    textarea = re.search(r"<textarea [^>]*>", html).group(0)
    for attribute in [
        'cols="40"',
        'rows="10"',
        'aria-invalid="true"',
        'aria-describedby="id_message_error"',
    ]:
        assert attribute in textarea
    assert '<ul class="errorlist" id="id_name_error">' in html
    assert "aria-invalid" not in re.search(r'<input [^>]*name="email"[^>]*>', html)[0]
