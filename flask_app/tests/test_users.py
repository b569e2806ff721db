"""The User model: passwords, session tokens, unique names, ids.

Twin: django_app/accounts/tests/test_users.py.
"""

import pytest
from sqlalchemy.exc import IntegrityError

from flask_app.accounts.models import User, load_user
from flask_app.extensions import db

from .helpers import make_user


def test_password_is_stored_hashed_with_the_default_scheme(
    database, real_password_hashing
):
    """set_password stores a salted scrypt hash, never the password, and checks it."""
    user = make_user("alice", "s3cret-pass")
    assert user.password_hash.startswith("scrypt:")
    assert "s3cret-pass" not in user.password_hash
    assert user.check_password("s3cret-pass")
    assert not user.check_password("wrong-pass")


def test_user_without_password_never_matches(database):
    """A user made without a password cannot sign in with any password."""
    user = make_user("nopass")
    assert not user.check_password("")
    assert not user.check_password("anything")


def test_set_password_changes_what_sessions_hold(database):
    """A new password gives a new session token; the old one names nobody."""
    user = make_user("alice", "first-pass-1")
    old = user.get_id()
    user.set_password("second-pass-2")
    db.session.commit()
    assert user.get_id() != old
    assert load_user(old) is None
    assert load_user(user.get_id()) == user


def test_sessions_name_users_by_a_random_token(database):
    """Each user's session id is a distinct random token, not the row id."""
    # Flask only: Django's sessions keep the row id with a hash of the password.
    users = [make_user(f"user{number}") for number in range(3)]
    tokens = {user.get_id() for user in users}
    assert len(tokens) == 3
    assert not tokens & {str(user.id) for user in users}


def test_inactive_users_are_not_loaded(database):
    """A session naming an inactive user loads nobody, as Django's backend does."""
    user = make_user("gone", is_active=False)
    assert load_user(user.get_id()) is None


def test_usernames_are_unique_in_any_case(database):
    """The database refuses a username that differs from another only in case."""
    make_user("alice")
    db.session.add(User(username="ALICE"))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_user_ids_are_never_reused_after_a_delete(database):
    """A new user never gets the id of a deleted one (AUTOINCREMENT on SQLite)."""
    make_user("alice")
    last = make_user("bob")
    deleted = last.id
    db.session.delete(last)
    db.session.commit()
    assert make_user("carol").id > deleted
