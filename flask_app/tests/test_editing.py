"""Writing, editing, deleting notes. Twin: django_app/notes/tests/test_editing.py."""

import pytest

from flask_app.extensions import db
from flask_app.models import Note

from .conftest import log_in, make_note, make_user


def stored(note_id):
    """Return the note as the database has it now, or None."""
    db.session.expire_all()
    return db.session.get(Note, note_id)


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/notes/new/"), ("post", "/notes/new/"), ("get", "/notes/1/edit/"),
     ("post", "/notes/1/edit/"), ("post", "/notes/1/delete/")],
)  # fmt: skip
def test_signed_out_visitors_are_sent_to_log_in(client, method, path):
    """Pages that need sign-in redirect to the login page with next=<path>."""
    response = getattr(client, method)(path)
    assert response.status_code == 302
    assert response.headers["Location"] == (
        "/accounts/login/?next=" + path.replace("/", "%2F")
    )


@pytest.mark.parametrize(
    ("path", "heading"), [("/notes/new/", "New note"), ("/notes/1/edit/", "Edit note")]
)
def test_note_form_pages(app, client, alice, path, heading):
    """The form pages have their own heading and the title and body fields."""
    make_note(alice)
    log_in(client, "alice")
    html = client.get(path).get_data(as_text=True)
    assert f"<h1>{heading}</h1>" in html and html.count("<h1") == 1
    assert 'name="title"' in html and 'name="body"' in html


def test_create_note(app, client, alice):
    """A signed-in user creates a note: stripped, theirs, 302 to it, a message."""
    log_in(client, "alice")
    response = client.post("/notes/new/", data={"title": "  Mine  ", "body": "Text"})
    note = db.session.scalars(db.select(Note)).one()
    assert response.status_code == 302
    assert response.headers["Location"] == f"/notes/{note.id}/"
    assert (note.title, note.body, note.author_id) == ("Mine", "Text", alice.id)
    assert "Note created." in client.get(response.headers["Location"]).get_data(True)


def test_invalid_note_is_shown_again_and_not_stored(app, client, alice):
    """Missing title: 200, the error, the typed body kept, nothing stored."""
    log_in(client, "alice")
    response = client.post("/notes/new/", data={"title": "", "body": "Kept text"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert (
        '<ul class="errorlist" id="id_title_error"><li>This field is required.</li>'
        in html
    )
    assert 'cols="40"' in html and "Kept text</textarea>" in html
    assert db.session.scalar(db.select(db.func.count()).select_from(Note)) == 0


def test_author_edits_own_note(app, client, alice):
    """The author's edit is saved, with a message and a redirect to the note."""
    note = make_note(alice, title="Old")
    log_in(client, "alice")
    assert 'value="Old"' in client.get(f"/notes/{note.id}/edit/").get_data(True)
    response = client.post(
        f"/notes/{note.id}/edit/", data={"title": "New", "body": "B"}
    )
    assert response.status_code == 302
    assert response.headers["Location"] == f"/notes/{note.id}/"
    assert stored(note.id).title == "New"
    assert "Note updated." in client.get(f"/notes/{note.id}/").get_data(True)


def test_others_cannot_edit(app, client, alice, bob):
    """Another user gets 403 on GET and POST, and the note is unchanged."""
    note = make_note(alice, title="Alice's")
    log_in(client, "bob")
    assert client.get(f"/notes/{note.id}/edit/").status_code == 403
    response = client.post(
        f"/notes/{note.id}/edit/", data={"title": "Hacked", "body": "B"}
    )
    assert response.status_code == 403
    assert b"<h1>Forbidden</h1>" in response.data
    assert stored(note.id).title == "Alice's"


def test_moderators_cannot_edit_others_notes(app, client, alice):
    """Moderators may delete but not edit someone else's note."""
    make_user("mod", is_moderator=True)
    note = make_note(alice)
    log_in(client, "mod")
    assert client.get(f"/notes/{note.id}/edit/").status_code == 403


def test_edit_unknown_note_is_404(app, client, alice):
    """Editing a note that does not exist is not found."""
    log_in(client, "alice")
    assert client.get("/notes/999/edit/").status_code == 404


def test_author_deletes_own_note(app, client, alice):
    """The author's delete removes the note, 302 to / with a message."""
    note = make_note(alice)
    log_in(client, "alice")
    response = client.post(f"/notes/{note.id}/delete/")
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert stored(note.id) is None
    assert "Note deleted." in client.get("/").get_data(True)


def test_others_cannot_delete(app, client, alice, bob):
    """A regular user who is not the author gets 403 and the note stays."""
    note = make_note(alice)
    log_in(client, "bob")
    assert client.post(f"/notes/{note.id}/delete/").status_code == 403
    assert stored(note.id) is not None


@pytest.mark.parametrize(
    "flags",
    [{"is_moderator": True}, {"is_superuser": True}],
    ids=["moderator", "superuser"],
)
def test_moderators_and_superusers_delete_any_note(app, client, alice, flags):
    """Moderators and superusers delete notes they did not write."""
    make_user("boss", **flags)
    note = make_note(alice)
    log_in(client, "boss")
    assert client.post(f"/notes/{note.id}/delete/").status_code == 302
    assert stored(note.id) is None


def test_detail_shows_edit_and_delete_only_to_those_allowed(app, client, alice, bob):
    """The author sees Edit and Delete; another user sees neither."""
    note = make_note(alice)
    log_in(client, "bob")
    html = client.get(f"/notes/{note.id}/").get_data(True)
    assert "note-edit" not in html and "note-delete" not in html
    log_in(client, "alice")
    html = client.get(f"/notes/{note.id}/").get_data(True)
    assert 'class="note-edit"' in html and 'class="note-delete"' in html
