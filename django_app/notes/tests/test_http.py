"""Tests of methods, redirects and headers. Twin: flask_app/tests/test_http.py."""

import os
import subprocess
import sys
from pathlib import Path

from django.test import Client, TestCase

from .helpers import make_note, make_user

GET_PAGES = ["/", "/about/", "/contact/", "/accounts/login/", "/api/notes/"]


class MethodTests(TestCase):
    def test_head_answers_without_a_body(self):
        """HEAD works wherever GET does, with the status of GET and no body."""
        for url in GET_PAGES:
            with self.subTest(url=url):
                response = self.client.head(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.content, b"")

    def test_options_lists_the_methods(self):
        """OPTIONS answers 200 with an Allow header."""
        response = self.client.options("/about/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Allow"], "GET, HEAD, OPTIONS")

    def test_unsupported_method_is_405_with_allow(self):
        """A method a page does not take is 405 and says which ones it takes."""
        response = self.client.post("/about/")
        self.assertEqual(response.status_code, 405)
        self.assertEqual(response["Allow"], "GET, HEAD, OPTIONS")

    def test_delete_route_is_post_only(self):
        """GET on the delete route is 405, even signed out."""
        note = make_note(make_user("alice"))
        response = self.client.get(f"/notes/{note.pk}/delete/")
        self.assertEqual(response.status_code, 405)
        self.assertEqual(response["Allow"], "POST, OPTIONS")


class RedirectAndHeaderTests(TestCase):
    def test_missing_trailing_slash_redirects(self):
        """/about is redirected with 301 to the relative URL /about/."""
        response = self.client.get("/about")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/about/")

    def test_security_headers(self):
        """Django's middleware sends the four security headers by default."""
        response = self.client.get("/")
        self.assertEqual(response["X-Frame-Options"], "DENY")
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertEqual(response["Referrer-Policy"], "same-origin")
        self.assertEqual(response["Cross-Origin-Opener-Policy"], "same-origin")

    def test_foreign_host_is_400(self):
        """A Host header outside ALLOWED_HOSTS is refused with 400."""
        self.assertEqual(
            self.client.get("/", HTTP_HOST="evil.example").status_code, 400
        )

    def test_post_without_csrf_token_is_403(self):
        """With CSRF checks on, a POST without a token is 403 and stores nothing."""
        client = Client(enforce_csrf_checks=True)
        data = {"name": "Zoe", "email": "zoe@example.com", "message": "Hi"}
        self.assertEqual(client.post("/contact/", data).status_code, 403)
        # The note routes are guarded the same way, signed in or not.
        client.force_login(make_user("alice"))
        self.assertEqual(client.post("/notes/new/", {"title": "t"}).status_code, 403)


class StaticFileTests(TestCase):
    def test_static_files_are_served(self):
        """WhiteNoise serves the stylesheet and the logo under /static/."""
        css = self.client.get("/static/css/style.css")
        self.assertEqual(css.status_code, 200)
        self.assertEqual(css["Content-Type"], 'text/css; charset="utf-8"')
        self.assertIn(b".site-header", b"".join(css.streaming_content))
        logo = self.client.get("/static/img/logo.svg")
        self.assertEqual(logo["Content-Type"], "image/svg+xml")

    def test_unchanged_file_is_304(self):
        """A conditional GET with the file's ETag gets 304 Not Modified."""
        etag = self.client.get("/static/css/style.css")["ETag"]
        response = self.client.get("/static/css/style.css", HTTP_IF_NONE_MATCH=etag)
        self.assertEqual(response.status_code, 304)


class SettingsTests(TestCase):
    def test_refuses_to_start_without_secret_key_when_debug_is_off(self):
        """DEBUG=0 without SECRET_KEY exits non-zero with one line on stderr."""
        project = Path(__file__).resolve().parents[2]
        env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
        result = subprocess.run(
            [sys.executable, "-c", "import config.settings"],
            cwd=project,
            env=env | {"DEBUG": "0"},
            capture_output=True,
            text=True,
        )
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, "SECRET_KEY must be set when DEBUG is off.\n")
