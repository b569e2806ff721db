"""The admin's user view: passwords and usernames.

Twin: UserAndContactAdminTests in django_app/notes/tests/test_admin.py.
"""

import pytest

from flask_app.extensions import db
from flask_app.models import User

from .conftest import make_user


def usernames():
    """Return every stored username, sorted."""
    return sorted(db.session.scalars(db.select(User.username)))


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


@pytest.mark.parametrize(
    ("username", "error"),
    [
        ("Alice", "A user with that username already exists."),
        ("ａｌｉｃｅ", "A user with that username already exists."),
        ("   ", "This field is required."),
        ("u" * 151, "at most 150 characters (it has 151)"),
        ("bad name", "Enter a valid username."),
        ("a\x00b", "Null characters are not allowed."),
    ],
    ids=["case", "full-width", "blank", "long", "bad-characters", "nul"],
)
def test_new_user_gets_djangos_username_rules(app, staff_client, username, error):
    """Usernames are required, valid, short enough and unique ignoring case."""
    make_user("alice", password="")
    data = {"username": username, "password": "new-pass-123", "is_active": "y"}
    response = staff_client.post("/admin/user/new/", data=data)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert error in html and "Already exists." not in html
    assert usernames() == ["admin", "alice"]


def test_new_username_is_normalised(app, staff_client):
    """A full-width username is stored in its NFKC form, like Django's."""
    data = {"username": " ｃａｒｏｌ ", "password": "new-pass-123"}
    assert staff_client.post("/admin/user/new/", data=data).status_code == 302
    assert usernames() == ["admin", "carol"]


def test_user_edit_checks_uniqueness_exactly(app, staff_client):
    """On edit, another user's exact name is refused; one's own name is kept."""
    bob = make_user("bob", password="")
    data = {"username": "admin", "password": "", "is_active": "y"}
    response = staff_client.post(f"/admin/user/edit/?id={bob.id}", data=data)
    assert "A user with that username already exists." in response.get_data(True)
    data["username"] = "bob"
    response = staff_client.post(f"/admin/user/edit/?id={bob.id}", data=data)
    assert response.status_code == 302


def test_user_email_rules(app, staff_client):
    """An email address is at most 254 characters and holds no NUL."""
    for email, error in [
        ("a" * 245 + "@example.com", "at most 254 characters (it has 257)"),
        ("a\x00@example.com", "Null characters are not allowed."),
    ]:
        data = {"username": "dave", "email": email, "password": "dave-pass-1"}
        response = staff_client.post("/admin/user/new/", data=data)
        assert error in response.get_data(as_text=True)
    assert usernames() == ["admin"]
