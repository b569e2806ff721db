"""The admin site: who gets in, the index, contact messages, bad ids.

Twin: django_app/notes/tests/test_admin.py.
"""

import re

import pytest

from flask_app.extensions import db
from flask_app.notes.models import ContactMessage, Note

from .helpers import PASSWORD, count_rows, make_moderator, make_note, make_user

ADMIN_PAGES = ["/admin/", "/admin/note/", "/admin/note/new/", "/admin/user/",
               "/admin/user/new/", "/admin/contactmessage/"]  # fmt: skip


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_signed_out_visitors_are_sent_to_log_in(client, path):
    """Every admin page, the index too, sends visitors to the site's sign-in page."""
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/accounts/login/?next=%2Fadmin%2F")


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_non_staff_get_no_admin_data(app, database, path):
    """Regular users and moderators get 403 and no admin data."""
    make_note(make_user("alice"), title="Secret title")
    for user in [make_user("bob"), make_moderator()]:
        response = app.test_client(user=user).get(path)
        assert response.status_code == 403
        assert "Secret title" not in response.get_data(as_text=True)


def test_inactive_staff_are_kept_out(app, database):
    """A staff account switched off is signed out, and so kept out."""
    admin = make_user("admin", is_staff=True, is_superuser=True)
    client = app.test_client(user=admin)
    assert client.get("/admin/").status_code == 200
    admin.is_active = False
    db.session.commit()
    assert client.get("/admin/").status_code == 302


def test_staff_see_the_index(staff_client):
    """The index links Notes, Users and Contact messages, and the site."""
    html = staff_client.get("/admin/").get_data(as_text=True)
    for path in ["/admin/note/", "/admin/user/", "/admin/contactmessage/", "/"]:
        assert f'<a href="{path}">' in html


def test_contact_messages_are_read_only(staff_client):
    """Messages are listed and viewable, but not added, changed or deleted."""
    message = ContactMessage(name="Carol", email="carol@example.com", message="Hello")
    db.session.add(message)
    db.session.commit()
    html = staff_client.get("/admin/contactmessage/").get_data(as_text=True)
    assert "Carol" in html
    assert not re.search(r"/admin/contactmessage/(new|edit|delete)/", html)
    details = f"/admin/contactmessage/details/?id={message.id}"
    assert staff_client.get(details).status_code == 200
    staff_client.get("/admin/contactmessage/new/")
    edit = f"/admin/contactmessage/edit/?id={message.id}"
    staff_client.post(
        edit, data={"name": "X", "email": "x@example.com", "message": "X"}
    )
    staff_client.post("/admin/contactmessage/delete/", data={"id": str(message.id)})
    assert [m.name for m in db.session.scalars(db.select(ContactMessage))] == ["Carol"]


def test_admin_post_without_csrf_token_is_refused(csrf_app, database):
    """With CSRF checks on, an admin delete without the token is 400."""
    admin = make_user("admin", PASSWORD, is_staff=True, is_superuser=True)
    note = make_note(admin)
    client = csrf_app.test_client(user=admin)
    data = {"id": str(note.id)}
    assert client.post("/admin/note/delete/", data=data).status_code == 400
    assert count_rows(Note) == 1
    html = client.get("/admin/note/").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', html)[1]
    response = client.post("/admin/note/delete/", data=data | {"csrf_token": token})
    assert response.status_code == 302 and count_rows(Note) == 0


@pytest.mark.parametrize("bad_id", ["x", "1.5", "9" * 30, "-1", ""])
def test_bad_ids_in_admin_urls_are_not_errors(staff_client, bad_id):
    """Pages and actions given an id no row could have answer without a 500."""
    # Flask-Admin redirects to the list with a message, and its bulk action
    # skips ids that are not ids; Django's bulk action answers 400.
    make_note(make_user("alice"))
    for method, path, data in [
        ("get", f"/admin/note/edit/?id={bad_id}", None),
        ("get", f"/admin/note/details/?id={bad_id}", None),
        ("post", "/admin/note/delete/", {"id": bad_id}),
        ("post", "/admin/note/action/", {"action": "delete", "rowid": bad_id}),
    ]:
        response = getattr(staff_client, method)(path, data=data)
        assert response.status_code == 302, (path, response.status_code)
    assert count_rows(Note) == 1


@pytest.mark.parametrize("page", ["99999999999999999999", "-3", "107374183"])
def test_list_page_out_of_range_is_not_an_error(staff_client, page):
    """A page number the database cannot take is an empty list, not a 500."""
    make_note(make_user("alice"), title="Only note")
    response = staff_client.get(f"/admin/note/?page={page}")
    assert response.status_code == 200
    assert ("Only note" in response.get_data(as_text=True)) is (page == "-3")


@pytest.mark.parametrize(
    "query",
    [
        "/admin/note/?search=a%00b",
        "/admin/note/?flt0_0=a%00b",
        "/admin/user/?search=%00",
    ],
)
def test_null_character_in_list_query_is_a_bad_request(staff_client, query):
    """A NUL in a search or filter, which PostgreSQL refuses, is a 400."""
    # Flask only: Flask-Admin hands the value to the database as it comes.
    assert staff_client.get(query).status_code == 400
