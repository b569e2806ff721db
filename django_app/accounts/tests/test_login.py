"""Signing in: credentials, errors, next. Twin: flask_app/tests/test_login.py."""

import re

from django.test import TestCase

from notes.tests.helpers import PASSWORD, cheap_password_hashing, make_user

WRONG = (
    '<ul class="errorlist nonfield"><li>Please enter a correct username and '
    "password. Note that both fields may be case-sensitive.</li></ul>"
)
UNSAFE = [
    "https://evil.example/",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "http:/evil.example",
    "\x01//evil.example",
    "/\t/evil.example",
]
# "evil.example" is left out: Django reads it as a path relative to the login
# page, on this site, and follows it; the Flask twin accepts only paths from /.


@cheap_password_hashing
class LoginTests(TestCase):
    def setUp(self):
        self.alice = make_user("alice", PASSWORD)

    def log_in(self, username="alice", password=PASSWORD, next_url=""):
        """Post the login form."""
        data = {"username": username, "password": password, "next": next_url}
        return self.client.post("/accounts/login/", data)

    def signed_in_as(self):
        """Return the username the client is signed in as, or None."""
        return self.client.get("/api/whoami/").json()["username"]

    def test_login_goes_home(self):
        """Good credentials sign in and redirect to /."""
        self.assertRedirects(self.log_in(), "/", fetch_redirect_response=False)
        self.assertEqual(self.signed_in_as(), "alice")

    def test_login_follows_a_local_next(self):
        """A path on this site in next is followed, from the form or the query."""
        response = self.log_in(next_url="/notes/new/?a=1")
        self.assertEqual(response["Location"], "/notes/new/?a=1")
        page = self.client.get("/accounts/login/?next=/notes/new/")
        self.assertContains(
            page, '<input type="hidden" name="next" value="/notes/new/">'
        )

    def test_login_ignores_a_foreign_next(self):
        """A next that would leave the site is replaced by /."""
        for target in UNSAFE:
            with self.subTest(next=target):
                self.assertEqual(self.log_in(next_url=target)["Location"], "/")
                self.client.logout()

    def test_wrong_password(self):
        """Wrong credentials: 200, a non-field error, username kept, not signed in."""
        response = self.log_in(password="wrong-password")
        self.assertContains(response, WRONG)
        self.assertContains(response, 'value="alice"')
        self.assertIsNone(self.signed_in_as())

    def test_bad_credentials_get_the_same_error(self):
        """Unknown, wrongly cased and inactive accounts get the same error."""
        make_user("gone", PASSWORD, is_active=False)
        for username in ["nobody", "ALICE", "gone"]:
            with self.subTest(username=username):
                self.assertContains(self.log_in(username), WRONG)
                self.assertIsNone(self.signed_in_as())

    def test_login_with_a_full_width_username(self):
        """The username is normalised to NFKC, so a full-width look-alike signs in."""
        self.assertEqual(self.log_in("ａｌｉｃｅ").status_code, 302)
        self.assertEqual(self.signed_in_as(), "alice")

    def test_login_page_hints(self):
        """The inputs carry the autofocus and autocomplete hints."""
        html = self.client.get("/accounts/login/").content.decode()
        username = re.search(r'<input [^>]*name="username"[^>]*>', html)[0]
        password = re.search(r'<input [^>]*name="password"[^>]*>', html)[0]
        self.assertIn("autofocus", username)
        self.assertIn('autocapitalize="none"', username)
        self.assertIn('autocomplete="current-password"', password)

    def test_login_rotates_the_session_key(self):
        """Signing in gives a new session id, against session fixation."""
        # Django only: the Flask twin's session lives in the signed cookie
        # itself, so there is no server-side session id to fix in advance.
        session = self.client.session
        session["probe"] = 1
        session.save()
        before = session.session_key
        self.log_in()
        self.assertNotEqual(self.client.session.session_key, before)
