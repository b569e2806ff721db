"""SQL queries per page, the same for 12 notes by 2 authors as for 60 by 20.

Twin: django_app/notes/tests/test_queries.py, which has assertNumQueries; here
a SQLAlchemy event listener counts the statements.
"""

import pytest

from .helpers import make_note, make_notes, make_user, recorded_statements

# Flask-Login loads the signed-in user with one query; the session is a cookie.
USER = 1


@pytest.fixture
def note(alice):
    """Alice's note, the one the note pages show."""
    return make_note(alice)


def assert_constant(app, path, queries, user=None):
    """Check path's query count with 12 notes by 2 authors, then 60 by 20."""
    client = app.test_client(user=user)
    # Alice's note and 11 by another author; then 48 more by 18 more authors.
    for step, (authors, notes) in enumerate([(1, 11), (18, 48)]):
        make_notes([make_user(f"writer{step}-{n}") for n in range(authors)], notes)
        with recorded_statements(app) as statements:
            assert client.get(path).status_code == 200
        assert len(statements) == queries, statements


def test_home_page(app, note):
    """A page of notes costs two queries: the count and the notes with authors."""
    assert_constant(app, "/", 2)


def test_home_page_signed_in(app, note):
    """Signed in, loading the user adds one query."""
    assert_constant(app, "/", 2 + USER, user=note.author)


def test_deep_page(app, note):
    """A later page costs the same two queries."""
    assert_constant(app, "/?page=2", 2)


def test_note_page(app, note):
    """A note's page is one query: the note joined with its author."""
    assert_constant(app, f"/notes/{note.id}/", 1)


def test_edit_page(app, note):
    """The edit page loads the user and the note."""
    assert_constant(app, f"/notes/{note.id}/edit/", 1 + USER, user=note.author)


def test_contact_page(app, note):
    """The contact form asks the database nothing."""
    assert_constant(app, "/contact/", 0)


def test_api_list(app, note):
    """/api/notes/ costs the home page's two queries."""
    assert_constant(app, "/api/notes/", 2)


def test_api_detail(app, note):
    """/api/notes/<id>/ is one query."""
    assert_constant(app, f"/api/notes/{note.id}/", 1)


def test_whoami_signed_out(app, note):
    """/api/whoami/ asks the database nothing for a visitor."""
    assert_constant(app, "/api/whoami/", 0)


def test_whoami_signed_in(app, note):
    """/api/whoami/ loads the signed-in user, nothing more."""
    assert_constant(app, "/api/whoami/", USER, user=note.author)
