"""SQL queries per page, the same for 12 notes by 2 authors as for 60 by 20.

Twin: flask_app/tests/test_queries.py.
"""

from django.test import TestCase

from .helpers import make_note, make_notes, make_user

# Signed in, Django reads the session row and then the user: two queries.
USER = 2


class QueryCountTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice")
        self.note = make_note(self.alice)

    def assert_constant(self, url, queries, user=None):
        """Check url's query count with 12 notes by 2 authors, then 60 by 20."""
        if user is not None:
            self.client.force_login(user)
        # Alice's note and 11 by another author; then 48 more by 18 more authors.
        for step, (authors, notes) in enumerate([(1, 11), (18, 48)]):
            make_notes([make_user(f"writer{step}-{n}") for n in range(authors)], notes)
            with self.subTest(notes=notes), self.assertNumQueries(queries):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_home_page(self):
        """A page of notes costs two queries: the count and the notes with authors."""
        self.assert_constant("/", 2)

    def test_home_page_signed_in(self):
        """Signed in, the session and the user add two queries."""
        self.assert_constant("/", 2 + USER, user=self.alice)

    def test_deep_page(self):
        """A later page costs the same two queries."""
        self.assert_constant("/?page=2", 2)

    def test_note_page(self):
        """A note's page is one query: the note joined with its author."""
        self.assert_constant(f"/notes/{self.note.pk}/", 1)

    def test_edit_page(self):
        """The edit page loads the session, the user and the note."""
        self.assert_constant(f"/notes/{self.note.pk}/edit/", 1 + USER, user=self.alice)

    def test_contact_page(self):
        """The contact form asks the database nothing."""
        self.assert_constant("/contact/", 0)

    def test_api_list(self):
        """/api/notes/ costs the home page's two queries."""
        self.assert_constant("/api/notes/", 2)

    def test_api_detail(self):
        """/api/notes/<id>/ is one query."""
        self.assert_constant(f"/api/notes/{self.note.pk}/", 1)

    def test_whoami_signed_out(self):
        """/api/whoami/ asks the database nothing for a visitor."""
        self.assert_constant("/api/whoami/", 0)

    def test_whoami_signed_in(self):
        """/api/whoami/ loads the session and the user, nothing more."""
        self.assert_constant("/api/whoami/", USER, user=self.alice)
