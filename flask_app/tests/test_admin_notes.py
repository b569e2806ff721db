"""The admin's note views and note form. Twin: django_app/notes/tests/test_admin.py."""

import pytest

from flask_app.extensions import db
from flask_app.models import Note, User

from .conftest import make_note, make_user


def test_staff_create_edit_search_and_delete_a_note(app, staff_client):
    """The note views create (stripped), edit, find by title and delete notes."""
    alice = make_user("alice", password="")
    data = {"title": "  From admin  ", "body": "Body", "author": str(alice.id)}
    assert staff_client.post("/admin/note/new/", data=data).status_code == 302
    note = db.session.scalars(db.select(Note)).one()
    assert (note.title, note.author_id) == ("From admin", alice.id)

    data["title"] = "Renamed"
    response = staff_client.post(f"/admin/note/edit/?id={note.id}", data=data)
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Note, note.id).title == "Renamed"

    make_note(alice, title="Other")
    listing = staff_client.get("/admin/note/?search=renam").get_data(as_text=True)
    assert "Renamed" in listing and "Other" not in listing

    note_id = note.id
    response = staff_client.post("/admin/note/delete/", data={"id": str(note_id)})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Note, note_id) is None


def test_note_list_filters_by_author(app, staff_client):
    """The author filter keeps only that author's notes."""
    make_note(make_user("alice", password=""), title="By alice")
    make_note(make_user("bob", password=""), title="By bob")
    html = staff_client.get("/admin/note/?flt0_2=bob").get_data(as_text=True)
    assert "By bob" in html and "By alice" not in html


def test_bulk_delete_action_deletes_the_selected_notes(app, staff_client):
    """The list's "Delete" action removes exactly the selected notes."""
    author = db.session.get(User, 1)
    ids = [make_note(author, title=f"N{n}").id for n in range(3)]
    data = {"action": "delete", "rowid": [str(ids[0]), str(ids[2])]}
    assert staff_client.post("/admin/note/action/", data=data).status_code == 302
    db.session.expire_all()
    assert [note.id for note in db.session.scalars(db.select(Note))] == [ids[1]]


@pytest.mark.parametrize(
    ("title", "body", "error"),
    [
        ("   ", "Body", "This field is required."),
        ("Title", "   ", "This field is required."),
        ("t" * 101, "Body", "at most 100 characters (it has 101)"),
        ("Title", "b" * 5001, "at most 5000 characters (it has 5001)"),
        ("a\x00b", "Body", "Null characters are not allowed."),
        ("Title", "b\x00", "Null characters are not allowed."),
    ],
    ids=[
        "blank-title",
        "blank-body",
        "long-title",
        "long-body",
        "nul-title",
        "nul-body",
    ],
)
def test_admin_note_form_has_the_note_form_rules(app, staff_client, title, body, error):
    """The admin refuses what the note form refuses, with the same message."""
    data = {"title": title, "body": body, "author": "1"}
    response = staff_client.post("/admin/note/new/", data=data)
    assert response.status_code == 200
    assert error in response.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count()).select_from(Note)) == 0


def test_admin_note_edit_keeps_the_rules(app, staff_client):
    """Editing a note to a blank title is refused and changes nothing."""
    note = make_note(db.session.get(User, 1), title="Kept")
    data = {"title": "  ", "body": "Body", "author": "1"}
    response = staff_client.post(f"/admin/note/edit/?id={note.id}", data=data)
    assert response.status_code == 200
    db.session.expire_all()
    assert db.session.get(Note, note.id).title == "Kept"
