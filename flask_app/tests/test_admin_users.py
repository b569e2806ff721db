"""The admin's user pages: passwords and usernames.

Twin: django_app/accounts/tests/test_admin_users.py.
"""

import pytest

from flask_app.accounts.models import User

from .helpers import PASSWORD, count_rows, make_user, stored

TAKEN = "A user with that username already exists."


def usernames():
    """Return every stored username, sorted."""
    return sorted(user.username for user in User.query)


def test_staff_create_a_user_whose_password_works(
    app, staff_client, real_password_hashing
):
    """A user made in the admin has a hashed password that works; no hash shown."""
    data = {"username": "carol", "password": "carol-pass-1", "is_active": "y"}
    assert staff_client.post("/admin/user/new/", data=data).status_code == 302
    carol = User.query.filter_by(username="carol").one()
    assert carol.password_hash.startswith("scrypt:")
    page = staff_client.get(f"/admin/user/edit/?id={carol.id}").get_data(as_text=True)
    assert carol.password_hash not in page and "algorithm: scrypt" in page
    assert 'name="password_hash"' not in page
    login = {"username": "carol", "password": "carol-pass-1"}
    assert app.test_client().post("/accounts/login/", data=login).status_code == 302


def test_saving_a_user_keeps_the_password(staff_client):
    """Saving a user without typing a password leaves the old one working."""
    carol = make_user("carol", PASSWORD)
    old_hash = carol.password_hash
    data = {
        "username": "carol",
        "email": "c@example.com",
        "password": "",
        "is_active": "y",
    }
    edit = f"/admin/user/edit/?id={carol.id}"
    assert staff_client.post(edit, data=data).status_code == 302
    carol = stored(User, carol.id)
    assert (carol.password_hash, carol.email) == (old_hash, "c@example.com")


def test_password_set_in_the_admin_ends_the_users_sessions(app, staff_client):
    """A new password typed in the admin signs the user out everywhere."""
    carol = make_user("carol", PASSWORD)
    carols_client = app.test_client(user=carol)
    data = {"username": "carol", "password": "new-pass-123", "is_active": "y"}
    assert (
        staff_client.post(f"/admin/user/edit/?id={carol.id}", data=data).status_code
        == 302
    )
    assert carols_client.get("/api/whoami/").json["authenticated"] is False
    assert stored(User, carol.id).check_password("new-pass-123")


@pytest.mark.parametrize(
    ("password", "error"),
    [
        ("", "This field is required."),
        ("short", "Password must be at least 8 characters long."),
    ],
)
def test_new_user_needs_a_valid_password(staff_client, password, error):
    """Making a user without a good password shows the error and stores nobody."""
    data = {"username": "carol", "password": password, "is_active": "y"}
    response = staff_client.post("/admin/user/new/", data=data)
    assert response.status_code == 200 and error in response.get_data(as_text=True)
    assert usernames() == ["admin"]


@pytest.mark.parametrize(
    ("email", "result"),
    [("", ""), (" d@example.com ", "d@example.com"), ("nope", "Invalid email address."),
     ("a" * 245 + "@example.com", "Field cannot be longer than 254 characters.")],
)  # fmt: skip
def test_user_email_is_optional_but_checked(staff_client, email, result):
    """A user may have no email; one that is given is checked, stripped and stored."""
    data = {"username": "dave", "email": email, "password": "dave-pass-1"}
    response = staff_client.post("/admin/user/new/", data=data)
    if response.status_code == 302:
        assert User.query.filter_by(username="dave").one().email == result
    else:
        assert result in response.get_data(as_text=True) and count_rows(User) == 1


@pytest.mark.parametrize(
    ("username", "error"),
    [("Alice", TAKEN), ("ａｌｉｃｅ", TAKEN), ("   ", "This field is required."),
     ("u" * 151, "Field cannot be longer than 150 characters."),
     ("bad name", "Use only letters, digits and @ . + - _ in a username."),
     ("a\x00b", "Null characters are not allowed.")],
    ids=["case", "width", "blank", "long", "characters", "nul"],
)  # fmt: skip
def test_new_user_gets_the_username_rules(staff_client, username, error):
    """Usernames are required, valid, short enough and unique in any case."""
    make_user("alice")
    data = {"username": username, "password": "new-pass-123", "is_active": "y"}
    response = staff_client.post("/admin/user/new/", data=data)
    assert response.status_code == 200 and error in response.get_data(as_text=True)
    assert usernames() == ["admin", "alice"]


def test_rename_to_a_name_taken_in_another_case_is_refused(staff_client):
    """A rename onto another's name, in any case, is refused; one's own is kept."""
    bob = make_user("bob")
    edit = f"/admin/user/edit/?id={bob.id}"
    for taken in ["admin", "ADMIN"]:
        data = {"username": taken, "password": "", "is_active": "y"}
        assert TAKEN in staff_client.post(edit, data=data).get_data(as_text=True)
    data = {"username": "bob", "password": "", "is_active": "y"}
    assert staff_client.post(edit, data=data).status_code == 302
    assert usernames() == ["admin", "bob"]


@pytest.mark.parametrize("bad_id", ["x", "1.5", "9" * 30])
def test_bad_ids_in_bulk_actions(staff_client, bad_id):
    """A bulk delete given ids no row could have deletes nothing, without a 500."""
    data = {"action": "delete", "rowid": bad_id}
    assert staff_client.post("/admin/user/action/", data=data).status_code == 302
    assert usernames() == ["admin"]
