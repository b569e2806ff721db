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


@pytest.mark.parametrize("page", ["99999999999999999999", "-3", "107374183"])
def test_list_page_out_of_range_is_an_empty_page(app, staff_client, page):
    """A page number the database cannot take is an empty list, not a 500."""
    make_note(db.session.get(User, 1), title="Only note")
    response = staff_client.get(f"/admin/note/?page={page}")
    assert response.status_code == 200
    if page != "-3":  # A negative page is the first page.
        assert "Only note" not in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "query",
    [
        "/admin/note/?search=a%00b",
        "/admin/note/?flt0_0=a%00b",
        "/admin/user/?search=%00",
        "/admin/contactmessage/?search=%00",
    ],
)
def test_null_character_in_list_query_is_a_bad_request(staff_client, query):
    """A NUL in a search or filter, which PostgreSQL refuses, is a 400."""
    assert staff_client.get(query).status_code == 400
