"""What keeps a user signed in, and what ends it.

Twin: flask_app/tests/test_sessions.py.
"""

from django.conf import settings
from django.test import Client, TestCase

from notes.tests.helpers import PASSWORD, cheap_password_hashing, make_user


@cheap_password_hashing
class SessionTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice", PASSWORD)
        data = {"username": "alice", "password": PASSWORD}
        self.assertEqual(self.client.post("/accounts/login/", data).status_code, 302)

    def signed_in_as(self, client=None):
        """Return the username the client is signed in as, or None."""
        client = client or self.client
        return client.get("/api/whoami/").json()["username"]

    def test_password_change_ends_older_sessions(self):
        """After a new password is set, sessions opened before it are signed out."""
        self.assertEqual(self.signed_in_as(), "alice")
        self.alice.set_password("another-pass-2")
        self.alice.save()
        self.assertIsNone(self.signed_in_as())

    def test_deactivation_ends_sessions(self):
        """Switching an account off signs it out everywhere."""
        self.alice.is_active = False
        self.alice.save()
        self.assertIsNone(self.signed_in_as())

    def test_deletion_ends_sessions(self):
        """A deleted user's session names nobody, not even the next user to sign up."""
        self.alice.delete()
        make_user("bob")
        self.assertIsNone(self.signed_in_as())

    def test_tampered_cookie_signs_nobody_in(self):
        """A session id that is not one the server issued signs nobody in."""
        name = settings.SESSION_COOKIE_NAME
        self.client.cookies[name] = self.client.cookies[name].value[:-2] + "xx"
        self.assertIsNone(self.signed_in_as())

    def test_session_cookie_flags(self):
        """The session cookie is HttpOnly and SameSite=Lax, and lasts two weeks."""
        data = {"username": "alice", "password": PASSWORD}
        cookie = Client().post("/accounts/login/", data).cookies["sessionid"]
        self.assertTrue(cookie["httponly"])
        self.assertEqual(cookie["samesite"], "Lax")
        self.assertEqual(cookie["secure"], "")
        self.assertEqual(cookie["max-age"], 1209600)

    def test_old_cookie_after_logout(self):
        """A copy of the cookie taken before logout signs nobody in: the row is gone."""
        # The Flask twin's session is the cookie itself, so a copy still works.
        copied = self.client.cookies["sessionid"].value
        self.client.post("/accounts/logout/")
        other = Client()
        other.cookies["sessionid"] = copied
        self.assertIsNone(self.signed_in_as(other))
