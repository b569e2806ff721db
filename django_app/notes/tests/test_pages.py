"""The home page and the note page. Twin: flask_app/tests/test_pages.py."""

from django.test import TestCase

from .helpers import HOUR, START, make_note, make_notes, make_user


class HomePageTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice")

    def titles(self, response):
        """Return the titles of the notes listed on the page, in order."""
        return [note.title for note in response.context["notes"]]

    def test_home_lists_ten_newest_notes_per_page(self):
        """Page 1 shows the ten newest notes and links only to the next page."""
        make_notes([self.alice], 12)
        response = self.client.get("/")
        self.assertEqual(self.titles(response), [f"Note {i}" for i in range(12, 2, -1)])
        self.assertContains(response, '<a rel="next" href="?page=2">Older</a>')
        self.assertNotContains(response, 'rel="prev"')
        self.assertContains(response, "Page 1 of 2")

    def test_second_page(self):
        """Page 2 shows the rest and links back to page 1."""
        make_notes([self.alice], 12)
        response = self.client.get("/?page=2")
        self.assertEqual(self.titles(response), ["Note 2", "Note 1"])
        self.assertContains(response, '<a rel="prev" href="?page=1">Newer</a>')
        self.assertNotContains(response, 'rel="next"')

    def test_bad_pages_are_404(self):
        """A page that is not a positive integer in range is a 404."""
        make_notes([self.alice], 12)
        for page in ["abc", "0", "-1", "3", "99", "1.5", "9" * 30]:
            with self.subTest(page=page):
                self.assertEqual(self.client.get(f"/?page={page}").status_code, 404)

    def test_page_last_and_empty_page(self):
        """?page=last is the last page and an empty ?page= the first: ListView's way."""
        # The Flask twin answers 404 to both: only numbers are pages there.
        make_notes([self.alice], 12)
        last = self.client.get("/?page=last")
        self.assertEqual(self.titles(last), ["Note 2", "Note 1"])
        self.assertContains(last, "Page 2 of 2")
        empty = self.client.get("/?page=")
        self.assertContains(empty, "Page 1 of 2")

    def test_empty_home_page(self):
        """With no notes, page 1 is fine and says so."""
        response = self.client.get("/")
        self.assertContains(response, '<p class="empty">No notes yet.</p>')
        self.assertContains(response, "Page 1 of 1")

    def test_note_markup(self):
        """Each note is an article: link, author, UTC time and a whole-word excerpt."""
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
        self.assertContains(
            response, f'<p class="note-excerpt">{"word " * 15}word…</p>'
        )

    def test_stored_html_is_escaped(self):
        """A title or body holding markup is shown as text, never as markup."""
        note = make_note(self.alice, title="<script>alert(1)</script>", body="<b>x</b>")
        for url in ["/", f"/notes/{note.pk}/"]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertNotContains(response, "<script>alert(1)</script>")
                self.assertNotContains(response, "<b>x</b>")
                self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")


class NotePageTests(TestCase):
    def test_note_page_shows_the_note(self):
        """A note's page shows its title as the h1, its body, no actions to visitors."""
        note = make_note(make_user("alice"), title="Hello", body="Line one")
        response = self.client.get(f"/notes/{note.pk}/")
        self.assertContains(response, '<h1 class="note-title">Hello</h1>')
        self.assertContains(response, '<div class="note-body">Line one</div>')
        self.assertNotContains(response, 'class="note-edit"')
        self.assertNotContains(response, 'class="note-delete"')

    def test_unknown_and_non_integer_ids_are_404(self):
        """Unknown, non-integer and huge ids are 404s with the site's own page."""
        for url in [
            "/notes/999/",
            "/notes/abc/",
            "/notes/-1/",
            f"/notes/{'9' * 30}/",
            "/nope/",
        ]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(
                    response, "<h1>Page not found</h1>", status_code=404
                )
