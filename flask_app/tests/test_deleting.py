"""Deleting notes, and who is offered which action.

Twin: django_app/notes/tests/test_deleting.py.
"""

import pytest

from flask_app.notes.models import Note

from .helpers import make_moderator, make_note, make_user, stored


@pytest.fixture
def note(database):
    """A note by alice."""
    return make_note(make_user("alice"))


def test_author_deletes_own_note(app, note):
    """The author deletes the note: 302 to / with a message."""
    client = app.test_client(user=note.author)
    response = client.post(f"/notes/{note.id}/delete/")
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert stored(Note, note.id) is None
    assert '<li class="success">Note deleted.</li>' in client.get("/").get_data(True)


@pytest.mark.parametrize("flags", [{"is_moderator": True}, {"is_superuser": True}])
def test_moderators_and_superusers_delete_any_note(app, note, flags):
    """A moderator, and any superuser, deletes someone else's note."""
    client = app.test_client(user=make_user("boss", **flags))
    assert client.post(f"/notes/{note.id}/delete/").status_code == 302
    assert stored(Note, note.id) is None


@pytest.mark.parametrize("flags", [{}, {"is_staff": True}])
def test_others_get_403(app, note, flags):
    """Another regular user, staff included, gets 403 and the note stays."""
    client = app.test_client(user=make_user("bob", **flags))
    assert client.post(f"/notes/{note.id}/delete/").status_code == 403
    assert stored(Note, note.id) is not None


def test_signed_out_visitors_are_sent_to_log_in(client, note):
    """Signed out, a delete redirects to the login page; the note stays."""
    response = client.post(f"/notes/{note.id}/delete/")
    assert response.status_code == 302
    assert response.headers["Location"] == (
        f"/accounts/login/?next=%2Fnotes%2F{note.id}%2Fdelete%2F"
    )
    assert stored(Note, note.id) is not None


def test_delete_unknown_note_is_404(app, note):
    """Deleting a note that does not exist is 404."""
    assert (
        app.test_client(user=note.author).post("/notes/999/delete/").status_code == 404
    )


def test_note_page_offers_the_allowed_actions(app, note):
    """The author sees Edit and Delete, a moderator only Delete, others neither."""
    edit = f'<a class="note-edit" href="/notes/{note.id}/edit/">'
    delete = (
        f'<form class="note-delete" method="post" action="/notes/{note.id}/delete/">'
    )
    for user, offered in [
        (note.author, (True, True)),
        (make_moderator(), (False, True)),
        (make_user("bob"), (False, False)),
    ]:
        html = app.test_client(user=user).get(f"/notes/{note.id}/").get_data(True)
        assert ((edit in html), (delete in html)) == offered, user.username
