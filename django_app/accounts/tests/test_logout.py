"""Signing out. Twin: flask_app/tests/test_logout.py."""

from django.test import TestCase

from notes.tests.helpers import make_user


class LogoutTests(TestCase):
    def setUp(self):
        self.client.force_login(make_user("alice"))

    def signed_in_as(self):
        """Return the username the client is signed in as, or None."""
        return self.client.get("/api/whoami/").json()["username"]

    def test_logout_by_get_is_405(self):
        """GET on logout is 405 and leaves the user signed in."""
        response = self.client.get("/accounts/logout/")
        self.assertEqual(response.status_code, 405)
        self.assertEqual(response["Allow"], "POST, OPTIONS")
        self.assertEqual(self.signed_in_as(), "alice")

    def test_logout(self):
        """POST signs out, redirects to / and says so."""
        response = self.client.post("/accounts/logout/")
        self.assertRedirects(response, "/", fetch_redirect_response=False)
        self.assertIsNone(self.signed_in_as())
        page = self.client.get("/")
        self.assertContains(page, '<li class="success">You have been logged out.</li>')
        self.assertContains(page, "Log in</a>")

    def test_logout_with_a_local_next(self):
        """LogoutView follows a next on this site, from the query or the form."""
        # The Flask twin ignores next and always goes home.
        for url, data in [
            ("/accounts/logout/?next=/about/", {}),
            ("/accounts/logout/", {"next": "/about/"}),
        ]:
            with self.subTest(url=url, data=data):
                self.client.force_login(make_user(f"user{len(url)}"))
                response = self.client.post(url, data)
                self.assertRedirects(response, "/about/", fetch_redirect_response=False)
                self.assertIsNone(self.signed_in_as())

    def test_logout_with_a_foreign_next(self):
        """A next to another site is ignored: home, LOGOUT_REDIRECT_URL."""
        response = self.client.post("/accounts/logout/?next=https://evil.example/")
        self.assertRedirects(response, "/", fetch_redirect_response=False)
