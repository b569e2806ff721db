"""The admin's note pages. Twin: django_app/notes/tests/test_admin_notes.py."""

import io

import pytest

from flask_app.notes.models import Note

from .helpers import count_rows, make_note, make_user, recorded_statements, stored


@pytest.fixture
def alice(database):
    """The author the admin's forms choose."""
    return make_user("alice")


def test_list_search_and_filter(staff_client, alice):
    """The list finds notes by title and filters them by author."""
    make_note(alice, title="Apples")
    make_note(make_user("bob"), title="Pears")
    for query in ["search=apple", "flt0_2=alice"]:
        html = staff_client.get(f"/admin/note/?{query}").get_data(as_text=True)
        assert "Apples" in html and "Pears" not in html, query


def test_list_has_constant_queries(app, staff_client):
    """The list joins the authors in: more authors cost no more queries."""
    counts = []
    for step in range(2):
        for number in range(5 * step, 5 * step + 5):
            make_note(make_user(f"writer{number}"), title=f"Note {number}")
        with recorded_statements(app) as statements:
            assert staff_client.get("/admin/note/").status_code == 200
        counts.append(len(statements))
    assert counts[0] == counts[1]


def test_add_change_delete(staff_client, alice):
    """A note is created (stripped), edited and deleted through the admin forms."""
    data = {"title": "  From admin  ", "body": "Body", "author": str(alice.id)}
    assert staff_client.post("/admin/note/new/", data=data).status_code == 302
    note = Note.query.one()
    assert (note.title, note.author) == ("From admin", alice)
    edit = f"/admin/note/edit/?id={note.id}"
    assert staff_client.post(edit, data=data | {"title": "Edited"}).status_code == 302
    assert stored(Note, note.id).title == "Edited"
    response = staff_client.post("/admin/note/delete/", data={"id": str(note.id)})
    assert response.status_code == 302 and count_rows(Note) == 0


def test_bulk_delete_deletes_the_selected_notes(staff_client, alice):
    """The list's delete action removes exactly the selected notes."""
    ids = [make_note(alice, title=f"N{number}").id for number in range(3)]
    data = {"action": "delete", "rowid": [str(ids[0]), str(ids[2])]}
    assert staff_client.post("/admin/note/action/", data=data).status_code == 302
    assert [note.id for note in Note.query] == [ids[1]]


@pytest.mark.parametrize(
    ("title", "body", "error"),
    [("   ", "Body", "This field is required."),
     ("t" * 101, "Body", "Field cannot be longer than 100 characters."),
     ("Title", "b" * 5001, "Field cannot be longer than 5000 characters."),
     ("a\x00b", "Body", "Null characters are not allowed.")],
    ids=["blank", "long-title", "long-body", "nul"],
)  # fmt: skip
def test_admin_note_form_has_the_note_form_rules(
    staff_client, alice, title, body, error
):
    """The admin refuses what the note form refuses, with the same text."""
    data = {"title": title, "body": body, "author": str(alice.id)}
    response = staff_client.post("/admin/note/new/", data=data)
    assert response.status_code == 200
    assert error in response.get_data(as_text=True)
    assert count_rows(Note) == 0


def test_admin_edit_keeps_the_rules(staff_client, alice):
    """Editing a note to a blank title is refused and changes nothing."""
    note = make_note(alice, title="Kept")
    data = {"title": "  ", "body": "Body", "author": str(alice.id)}
    response = staff_client.post(f"/admin/note/edit/?id={note.id}", data=data)
    assert response.status_code == 200 and stored(Note, note.id).title == "Kept"


def test_text_field_sent_as_a_file(staff_client, alice):
    """A title uploaded as a file is a missing title: the form error, not a 500."""
    title = (io.BytesIO(b"Title"), "title.txt")
    data = {"title": title, "body": "Body", "author": str(alice.id)}
    response = staff_client.post("/admin/note/new/", data=data)
    assert response.status_code == 200
    assert "This field is required." in response.get_data(as_text=True)
    assert count_rows(Note) == 0


def test_text_field_sent_as_a_file_when_changing(staff_client, alice):
    """Changing a note, a title sent as a file is a missing title too."""
    note = make_note(alice, title="Kept", body="Old body")
    title = (io.BytesIO(b"Title"), "title.txt")
    data = {"title": title, "body": "New body", "author": str(alice.id)}
    response = staff_client.post(f"/admin/note/edit/?id={note.id}", data=data)
    assert response.status_code == 200
    assert "This field is required." in response.get_data(as_text=True)
    assert stored(Note, note.id).body == "Old body"
