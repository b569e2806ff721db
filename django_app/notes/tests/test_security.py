"""Security headers, hosts and CSRF. Twin: flask_app/tests/test_security.py."""

from django.test import Client, TestCase

from notes.models import ContactMessage, Note

from .helpers import PASSWORD, cheap_password_hashing, make_note, make_user

HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}
CONTACT = {"name": "Zoe", "email": "zoe@example.com", "message": "Hi"}


@cheap_password_hashing
class SecurityTests(TestCase):
    def test_security_headers(self):
        """The four headers on pages and errors; static files lack X-Frame-Options."""
        for url in ["/", "/api/notes/", "/nope/", "/static/css/style.css"]:
            with self.subTest(url=url):
                response = self.client.get(url)
                expected = dict(HEADERS)
                if url.startswith("/static/"):
                    # WhiteNoise answers before XFrameOptionsMiddleware runs.
                    expected["X-Frame-Options"] = None
                self.assertEqual(
                    {name: response.headers.get(name) for name in HEADERS}, expected
                )

    def test_foreign_host_is_400(self):
        """A Host header outside ALLOWED_HOSTS is refused with 400, pages only."""
        self.assertEqual(
            self.client.get("/", HTTP_HOST="evil.example").status_code, 400
        )
        # WhiteNoise serves static files before anything checks the host.
        static = self.client.get("/static/css/style.css", HTTP_HOST="evil.example")
        self.assertEqual(static.status_code, 200)

    def test_post_without_csrf_token_is_refused(self):
        """With CSRF checks on, a POST without the token is 403; with it, it works."""
        client = Client(enforce_csrf_checks=True)
        self.assertEqual(client.post("/contact/", CONTACT).status_code, 403)
        self.assertEqual(ContactMessage.objects.count(), 0)
        token = client.get("/contact/").context["csrf_token"]
        data = CONTACT | {"csrfmiddlewaretoken": str(token)}
        self.assertEqual(client.post("/contact/", data).status_code, 302)
        self.assertEqual(ContactMessage.objects.count(), 1)

    def test_csrf_protects_login_logout_and_note_forms(self):
        """Login, a new note, a delete and logout refuse a POST without the token."""
        alice = make_user("alice", PASSWORD)
        note = make_note(alice)
        visitor = Client(enforce_csrf_checks=True)
        login = {"username": "alice", "password": PASSWORD}
        self.assertEqual(visitor.post("/accounts/login/", login).status_code, 403)
        self.assertIs(visitor.get("/api/whoami/").json()["authenticated"], False)
        client = Client(enforce_csrf_checks=True)
        client.force_login(alice)
        data = {"title": "T", "body": "B"}
        self.assertEqual(client.post("/notes/new/", data).status_code, 403)
        self.assertEqual(client.post(f"/notes/{note.pk}/delete/").status_code, 403)
        self.assertEqual(client.post("/accounts/logout/").status_code, 403)
        self.assertEqual(Note.objects.count(), 1)
        self.assertIs(client.get("/api/whoami/").json()["authenticated"], True)
