"""Tests of the public pages. Twin: flask_app/tests/test_pages.py."""

from datetime import timedelta

import django
from django.test import TestCase

from .helpers import START, make_note, make_notes, make_user

HOUR = timedelta(hours=1)


class HomePageTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice")

    def test_lists_ten_newest_notes_per_page(self):
        """Page 1 shows the ten newest notes and links only to the next page."""
        make_notes([self.alice], 12)
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200)
        titles = [note.title for note in response.context["notes"]]
        self.assertEqual(titles, [f"Note {i}" for i in range(12, 2, -1)])
        self.assertContains(response, '<a rel="next" href="?page=2">Older</a>')
        self.assertNotContains(response, 'rel="prev"')
        self.assertContains(response, "Page 1 of 2")

    def test_second_page(self):
        """Page 2 shows the rest and links back to page 1."""
        make_notes([self.alice], 12)
        response = self.client.get("/?page=2")
        self.assertEqual(
            [n.title for n in response.context["notes"]], ["Note 2", "Note 1"]
        )
        self.assertContains(response, '<a rel="prev" href="?page=1">Newer</a>')
        self.assertNotContains(response, 'rel="next"')

    def test_bad_pages_are_404(self):
        """A page that is not a positive integer in range is a 404."""
        make_notes([self.alice], 12)
        for page in ["abc", "0", "-1", "3", "99", "1.5", "", "last", "9" * 30]:
            with self.subTest(page=page):
                self.assertEqual(self.client.get(f"/?page={page}").status_code, 404)

    def test_empty_home_page(self):
        """With no notes, page 1 is fine and says so."""
        response = self.client.get("/")
        self.assertContains(response, '<p class="empty">No notes yet.</p>')
        self.assertContains(response, "Page 1 of 1")

    def test_note_markup(self):
        """Each note is an article: link, author, UTC time and an excerpt."""
        note = make_note(
            self.alice, title="Hello", body="word " * 40, created_at=START + HOUR
        )
        response = self.client.get("/")
        self.assertContains(response, f'<article class="note" id="note-{note.pk}">')
        self.assertContains(response, f'<a href="/notes/{note.pk}/">Hello</a>')
        self.assertContains(response, '<span class="note-author">alice</span>')
        self.assertContains(
            response,
            '<time class="note-created" datetime="2026-11-01T09:00:00Z">'
            "1 Nov 2026, 09:00</time>",
        )
        self.assertContains(response, f'<p class="note-excerpt">{note.excerpt(80)}</p>')

    def test_stored_html_is_escaped(self):
        """A title or body holding markup is shown as text, never as markup."""
        note = make_note(self.alice, title="<script>alert(1)</script>", body="<b>x</b>")
        for url in ["/", f"/notes/{note.pk}/"]:
            response = self.client.get(url)
            self.assertNotContains(response, "<script>alert(1)</script>")
            self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")
            self.assertNotContains(response, "<b>x</b>")


class LayoutTests(TestCase):
    def test_base_layout(self):
        """Every page names the framework and its version, with one h1."""
        response = self.client.get("/about/")
        self.assertContains(response, '<body data-framework="django">')
        self.assertContains(
            response,
            '<span class="framework">Django</span> '
            f'<span class="framework-version">{django.get_version()}</span>',
        )
        self.assertContains(response, "<h1>", count=1)
        self.assertContains(response, 'href="/static/css/style.css"')

    def test_signed_out_navigation(self):
        """Signed out, the navigation offers Log in and Register only."""
        response = self.client.get("/about/")
        self.assertContains(response, '<a href="/accounts/login/">Log in</a>')
        self.assertContains(response, '<a href="/accounts/register/">Register</a>')
        self.assertNotContains(response, "New note")

    def test_signed_in_navigation(self):
        """Signed in, the navigation shows the user, New note and a logout form."""
        self.client.force_login(make_user("alice"))
        response = self.client.get("/about/")
        self.assertContains(response, '<a href="/notes/new/">New note</a>')
        self.assertContains(response, "Signed in as alice")
        self.assertContains(response, 'action="/accounts/logout/"')
        self.assertNotContains(response, '<a href="/admin/">Admin</a>')
        self.assertNotContains(response, "Log in</a>")

    def test_staff_navigation_links_the_admin(self):
        """Staff users also get a link to the admin site."""
        self.client.force_login(make_user("root", is_staff=True))
        self.assertContains(self.client.get("/"), '<a href="/admin/">Admin</a>')


class NoteDetailTests(TestCase):
    def test_shows_note(self):
        """A note's page shows its title as the h1 and its body."""
        note = make_note(make_user("alice"), title="Hello", body="Line one")
        response = self.client.get(f"/notes/{note.pk}/")
        self.assertContains(response, '<h1 class="note-title">Hello</h1>')
        self.assertContains(response, '<div class="note-body">Line one</div>')
        self.assertNotContains(response, 'class="note-edit"')
        self.assertNotContains(response, 'class="note-delete"')

    def test_unknown_and_non_integer_ids_are_404(self):
        """An unknown id, a non-integer id and a huge id are all 404."""
        for url in ["/notes/999/", "/notes/abc/", "/notes/-1/", f"/notes/{'9' * 30}/"]:
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)
