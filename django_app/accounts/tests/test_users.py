"""The User model: passwords, sessions, unique names, ids.

Twin: flask_app/tests/test_users.py.
"""

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.test import TestCase

from notes.tests.helpers import cheap_password_hashing, make_user


class DefaultHasherTests(TestCase):
    def test_password_is_stored_hashed_with_the_default_scheme(self):
        """set_password stores a salted PBKDF2 hash, never the password."""
        user = make_user("alice", "s3cret-pass")
        self.assertTrue(user.password.startswith("pbkdf2_sha256$"))
        self.assertNotIn("s3cret-pass", user.password)
        self.assertTrue(user.check_password("s3cret-pass"))
        self.assertFalse(user.check_password("wrong-pass"))


@cheap_password_hashing
class UserTests(TestCase):
    def test_user_without_password_never_matches(self):
        """A user made without a password cannot sign in with any password."""
        user = make_user("nopass")
        self.assertFalse(user.check_password(""))
        self.assertFalse(user.check_password("anything"))

    def test_set_password_changes_what_sessions_hold(self):
        """A new password changes the hash each session keeps of it."""
        # Django keeps get_session_auth_hash() in the session; the Flask twin
        # keeps a random token that set_password() replaces.
        user = make_user("alice", "first-pass-1")
        old = user.get_session_auth_hash()
        user.set_password("second-pass-2")
        self.assertNotEqual(user.get_session_auth_hash(), old)

    def test_inactive_users_are_not_loaded(self):
        """A session naming an inactive user loads nobody: ModelBackend.get_user()."""
        user = make_user("gone", is_active=False)
        self.assertIsNone(ModelBackend().get_user(user.pk))

    def test_usernames_are_unique_in_any_case(self):
        """The database refuses a username that differs from another only in case."""
        make_user("alice")
        with self.assertRaises(IntegrityError), transaction.atomic():
            User.objects.create(username="ALICE")

    def test_user_ids_are_never_reused_after_a_delete(self):
        """A new user never gets the id of a deleted one (AUTOINCREMENT on SQLite)."""
        make_user("alice")
        last = make_user("bob")
        deleted = last.pk
        last.delete()
        self.assertGreater(make_user("carol").pk, deleted)
