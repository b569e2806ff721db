"""Writing and editing notes. Twin: django_app/notes/tests/test_editing.py."""

import io
import re

import pytest
from sqlalchemy import delete

from flask_app.extensions import db
from flask_app.notes.forms import NoteForm
from flask_app.notes.models import Note

from .helpers import count_rows, make_note, make_user, stored


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("path", ["/notes/new/", "/notes/1/edit/"])
def test_signed_out_visitors_are_sent_to_log_in(client, database, method, path):
    """Signed out, the form pages redirect to the login page with next set."""
    make_note(make_user("alice"))
    response = getattr(client, method)(path, data={"title": "X", "body": "X"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/login/?next=" + path.replace(
        "/", "%2F"
    )
    assert stored(Note, 1).title == "A note" and count_rows(Note) == 1


def test_create_note(app, database):
    """A valid note is stored, stripped, by the user; 302 to it; a message."""
    alice = make_user("alice")
    client = app.test_client(user=alice)
    html = client.get("/notes/new/").get_data(as_text=True)
    assert "<h1>New note</h1>" in html and 'name="title"' in html
    response = client.post("/notes/new/", data={"title": "  Hi  ", "body": "Text"})
    note = Note.query.one()
    assert response.headers["Location"] == f"/notes/{note.id}/"
    assert (note.title, note.body, note.author) == ("Hi", "Text", alice)
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert '<li class="success">Note created.</li>' in page


def test_author_field_in_the_post_is_ignored(app, database):
    """A user cannot write a note in someone else's name."""
    bob = make_user("bob")
    client = app.test_client(user=make_user("alice"))
    client.post("/notes/new/", data={"title": "t", "body": "b", "author": str(bob.id)})
    assert Note.query.one().author.username == "alice"


def test_invalid_note_is_shown_again(app, database):
    """An invalid note: 200, WTForms' error, the values kept, nothing stored."""
    client = app.test_client(user=make_user("alice"))
    response = client.post("/notes/new/", data={"title": "t" * 101, "body": "kept"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "<h1>New note</h1>" in html
    assert "Field cannot be longer than 100 characters." in html
    assert re.search(r">\s*kept</textarea>", html)
    assert count_rows(Note) == 0


@pytest.fixture
def note(database):
    """Alice's note "Old"."""
    return make_note(make_user("alice"), title="Old", body="Old body")


def test_author_edits_own_note(app, note):
    """The author changes the note; 302 to it with a message."""
    client = app.test_client(user=note.author)
    html = client.get(f"/notes/{note.id}/edit/").get_data(as_text=True)
    assert "<h1>Edit note</h1>" in html and 'value="Old"' in html
    data = {"title": "New", "body": "New body"}
    response = client.post(f"/notes/{note.id}/edit/", data=data)
    assert response.headers["Location"] == f"/notes/{note.id}/"
    assert (stored(Note, note.id).title, stored(Note, note.id).body) == (
        "New",
        "New body",
    )
    page = client.get(f"/notes/{note.id}/").get_data(as_text=True)
    assert '<li class="success">Note updated.</li>' in page


@pytest.mark.parametrize("flags", [{}, {"is_moderator": True}, {"is_superuser": True}])
def test_others_get_403(app, note, flags):
    """Another user, a moderator and a superuser may not edit: 403, unchanged."""
    client = app.test_client(user=make_user("bob", **flags))
    assert client.get(f"/notes/{note.id}/edit/").status_code == 403
    response = client.post(f"/notes/{note.id}/edit/", data={"title": "X", "body": "X"})
    assert response.status_code == 403
    assert "<h1>Forbidden</h1>" in response.get_data(as_text=True)
    assert stored(Note, note.id).title == "Old"


@pytest.mark.parametrize("title", ["missing", "file"])
def test_edit_with_the_title_missing_is_refused(app, note, title):
    """A title left out, or sent as a file, is a missing title: nothing changes."""
    data = {"body": "New body"}
    if title == "file":
        data["title"] = (io.BytesIO(b"New"), "title.txt")
    response = app.test_client(user=note.author).post(
        f"/notes/{note.id}/edit/", data=data
    )
    assert response.status_code == 200
    assert "This field is required." in response.get_data(as_text=True)
    assert stored(Note, note.id).body == "Old body"


def test_edit_unknown_note_is_404(app, note):
    """Editing a note that does not exist is 404."""
    assert app.test_client(user=note.author).get("/notes/999/edit/").status_code == 404


def test_edit_racing_a_delete_is_404(app, note, monkeypatch):
    """A note deleted while its edit is saved: 404, and it stays deleted."""
    note_id = note.id
    validate = NoteForm.validate

    def delete_then_validate(form, *args, **kwargs):
        # A moderator's delete commits after the edit has read the note.
        with db.engine.begin() as connection:
            connection.execute(delete(Note).where(Note.id == note_id))
        return validate(form, *args, **kwargs)

    monkeypatch.setattr(NoteForm, "validate", delete_then_validate)
    client = app.test_client(user=note.author)
    response = client.post(
        f"/notes/{note_id}/edit/", data={"title": "New", "body": "B"}
    )
    assert response.status_code == 404
    assert stored(Note, note_id) is None
