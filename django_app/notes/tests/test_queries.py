"""Guards against N+1 queries. Twin: flask_app/tests/test_queries.py."""

from django.test import TestCase

from .helpers import make_notes, make_user

# A page of notes costs two queries, a count and the page joined with its
# authors, however many notes and authors there are.
PAGE_QUERIES = 2


class QueryCountTests(TestCase):
    def fill(self, notes, authors, prefix):
        """Create notes spread over that many new authors named prefix<i>."""
        users = [make_user(f"{prefix}{i}") for i in range(authors)]
        make_notes(users, notes)

    def assert_constant(self, url, queries):
        """Check url's query count with 12 notes by 2 and 60 notes by 20 authors."""
        self.fill(12, 2, "few")
        with self.assertNumQueries(queries):
            self.assertEqual(self.client.get(url).status_code, 200)
        self.fill(48, 18, "many")
        with self.assertNumQueries(queries):
            self.assertEqual(self.client.get(url).status_code, 200)

    def test_home_page(self):
        """The home page runs the same two queries for few or many authors."""
        self.assert_constant("/", PAGE_QUERIES)

    def test_api_list(self):
        """/api/notes/ runs the same two queries for few or many authors."""
        self.assert_constant("/api/notes/", PAGE_QUERIES)

    def test_signed_in_home_page(self):
        """Signed in, reading the session and the user adds two queries."""
        self.client.force_login(make_user("reader"))
        self.assert_constant("/", PAGE_QUERIES + 2)
