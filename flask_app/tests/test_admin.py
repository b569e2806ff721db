"""The Flask-Admin site and who gets in. Twin: django_app/notes/tests/test_admin.py."""

import re

import pytest

from flask_app.extensions import db
from flask_app.models import ContactMessage, Note, User

from .conftest import log_in, make_note, make_user

ADMIN_PAGES = [
    "/admin/",
    "/admin/note/",
    "/admin/note/new/",
    "/admin/user/",
    "/admin/user/new/",
    "/admin/contactmessage/",
]


@pytest.fixture
def staff_client(app, client):
    make_user("admin", is_staff=True, is_superuser=True)
    log_in(client, "admin")
    return client


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_signed_out_visitors_are_sent_to_log_in(client, path):
    """Every admin page, the index too, redirects visitors to the sign-in page."""
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/accounts/login/?next=%2Fadmin%2F")


@pytest.mark.parametrize(
    "flags", [{}, {"is_moderator": True}], ids=["user", "moderator"]
)
@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_non_staff_get_403_and_no_data(app, client, flags, path):
    """Signed-in users without is_staff get 403 and see no admin data."""
    make_user("alice", **flags)
    make_note(db.session.get(User, 1), title="Secret title")
    log_in(client, "alice")
    response = client.get(path)
    assert response.status_code == 403
    assert b"Secret title" not in response.data


def test_inactive_staff_are_kept_out(app, client):
    """A staff account that is no longer active cannot use the admin."""
    user = make_user("admin", is_staff=True)
    log_in(client, "admin")
    user.is_active = False
    db.session.commit()
    assert client.get("/admin/").status_code == 302


def test_staff_see_the_index_with_every_model(staff_client):
    """The admin index lists Notes, Users and Contact messages and links to the site."""
    html = staff_client.get("/admin/").get_data(as_text=True)
    for label, path in [
        ("Notes", "/admin/note/"),
        ("Users", "/admin/user/"),
        ("Contact messages", "/admin/contactmessage/"),
        ("View site", "/"),
    ]:
        assert f'<a href="{path}">{label}</a>' in html
    assert "Notes admin" in html


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


def test_staff_create_a_user_whose_password_works(app, client, staff_client):
    """A user created in the admin has a hashed password that signs in."""
    data = {"username": "carol", "password": "carol-pass-1", "is_active": "y"}
    assert staff_client.post("/admin/user/new/", data=data).status_code == 302
    carol = db.session.scalars(db.select(User).filter_by(username="carol")).one()
    assert carol.password_hash.startswith("scrypt:")
    assert carol.check_password("carol-pass-1")
    page = staff_client.get(f"/admin/user/edit/?id={carol.id}").get_data(as_text=True)
    assert carol.password_hash not in page
    assert "algorithm: scrypt" in page
    assert 'name="password_hash"' not in page


def test_user_edit_with_blank_password_keeps_it(app, staff_client):
    """Saving a user without typing a password leaves the old one working."""
    carol = make_user("carol", password="carol-pass-1")
    old_hash = carol.password_hash
    data = {
        "username": "carol",
        "email": "c@example.com",
        "password": "",
        "is_active": "y",
    }
    assert (
        staff_client.post(f"/admin/user/edit/?id={carol.id}", data=data).status_code
        == 302
    )
    db.session.expire_all()
    carol = db.session.get(User, carol.id)
    assert carol.password_hash == old_hash and carol.email == "c@example.com"


@pytest.mark.parametrize(
    ("password", "error"),
    [("", "This field is required."), ("short", "This password is too short.")],
)
def test_new_user_needs_a_valid_password(app, staff_client, password, error):
    """Creating a user without a (good) password shows an error and stores nobody."""
    data = {"username": "carol", "email": "", "password": password, "is_active": "y"}
    response = staff_client.post("/admin/user/new/", data=data)
    assert response.status_code == 200
    assert error in response.get_data(as_text=True)
    assert (
        db.session.scalars(db.select(User).filter_by(username="carol")).first() is None
    )


def test_contact_messages_are_read_only(app, staff_client):
    """Messages are listed and viewable, but cannot be added, changed or deleted."""
    message = ContactMessage(name="Carol", email="carol@example.com", message="Hello")
    db.session.add(message)
    db.session.commit()
    html = staff_client.get("/admin/contactmessage/").get_data(as_text=True)
    assert "Carol" in html
    assert "/admin/contactmessage/new/" not in html
    assert not re.search(r"/admin/contactmessage/(edit|delete)/", html)
    assert (
        staff_client.get(f"/admin/contactmessage/details/?id={message.id}").status_code
        == 200
    )
    for method, path in [
        ("get", "/admin/contactmessage/new/"),
        ("get", f"/admin/contactmessage/edit/?id={message.id}"),
        ("post", "/admin/contactmessage/delete/"),
    ]:
        getattr(staff_client, method)(path, data={"id": str(message.id)})
    assert (
        db.session.scalar(db.select(db.func.count()).select_from(ContactMessage)) == 1
    )


def test_admin_post_without_csrf_token_is_refused(csrf_app):
    """With CSRF on, an admin delete without the token is 400 and deletes nothing."""
    client = csrf_app.test_client()
    make_user("admin", is_staff=True)
    note_id = make_note(db.session.get(User, 1)).id
    html = client.get("/accounts/login/").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    login = {"username": "admin", "password": "demo-pass-123", "csrf_token": token}
    client.post("/accounts/login/", data=login)
    assert (
        client.post("/admin/note/delete/", data={"id": str(note_id)}).status_code == 400
    )
    assert db.session.get(Note, note_id) is not None
    response = client.post(
        "/admin/note/delete/", data={"id": str(note_id), "csrf_token": token}
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Note, note_id) is None


@pytest.mark.parametrize("bad_id", ["abc", "99999999999999999999", "-1", "1.5", ""])
def test_bad_ids_in_admin_urls_are_not_errors(app, staff_client, bad_id):
    """Edit, details, delete and bulk actions with a bad id answer without a 500."""
    make_note(db.session.get(User, 1))
    for method, path, data in [
        ("get", f"/admin/note/edit/?id={bad_id}", None),
        ("get", f"/admin/note/details/?id={bad_id}", None),
        ("post", "/admin/note/delete/", {"id": bad_id}),
        ("post", "/admin/note/action/", {"action": "delete", "rowid": bad_id}),
    ]:
        response = getattr(staff_client, method)(path, data=data)
        assert response.status_code == 302, (path, response.status_code)
    assert db.session.scalar(db.select(db.func.count()).select_from(Note)) == 1


def test_bulk_delete_action_deletes_the_selected_notes(app, staff_client):
    """The list's "Delete" action removes exactly the selected notes."""
    author = db.session.get(User, 1)
    ids = [make_note(author, title=f"N{n}").id for n in range(3)]
    data = {"action": "delete", "rowid": [str(ids[0]), str(ids[2])]}
    assert staff_client.post("/admin/note/action/", data=data).status_code == 302
    db.session.expire_all()
    assert [note.id for note in db.session.scalars(db.select(Note))] == [ids[1]]


@pytest.mark.parametrize(
    ("email", "stored"), [("", ""), (" d@example.com ", "d@example.com")]
)
def test_user_email_is_optional_but_checked(app, staff_client, email, stored):
    """A user may have no email; one that is given is stripped and stored."""
    data = {"username": "dave", "email": email, "password": "dave-pass-1"}
    assert staff_client.post("/admin/user/new/", data=data).status_code == 302
    assert (
        db.session.scalars(db.select(User).filter_by(username="dave")).one().email
        == stored
    )


def test_user_with_invalid_email_is_refused(app, staff_client):
    """An address that is not valid is an error and stores nobody."""
    data = {"username": "dave", "email": "nope", "password": "dave-pass-1"}
    response = staff_client.post("/admin/user/new/", data=data)
    assert response.status_code == 200
    assert "Enter a valid email address." in response.get_data(as_text=True)
    assert (
        db.session.scalars(db.select(User).filter_by(username="dave")).first() is None
    )
