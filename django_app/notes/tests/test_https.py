"""HTTPS_ONLY=1: redirect to https, Secure cookies, HSTS, the proxy's header.

Twin: flask_app/tests/test_https.py.
"""

import string
from io import StringIO

from django.core.management import call_command
from django.test import TestCase, override_settings

from .helpers import PASSWORD, cheap_password_hashing, load_settings, make_user

HSTS = "max-age=31536000; includeSubDomains; preload"
# check --deploy wants a key of 50 characters or more, at least 5 different.
DEPLOY_KEY = "deploy-" + string.ascii_letters
# What config/settings.py sets when a server starts with these variables.
PRODUCTION = load_settings(HTTPS_ONLY="1", DEBUG="0", SECRET_KEY=DEPLOY_KEY)
HTTPS_SETTINGS = {
    name: value
    for name, value in PRODUCTION.items()
    if name.startswith(("SECURE_", "SESSION_COOKIE_", "CSRF_COOKIE_"))
}


@cheap_password_hashing
@override_settings(**HTTPS_SETTINGS)
class HttpsTests(TestCase):
    def test_plain_http_is_redirected_to_https(self):
        """A plain-HTTP request is sent to the same URL over HTTPS, permanently."""
        response = self.client.get("/about/?x=1")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "https://testserver/about/?x=1")

    def test_https_responses_carry_hsts(self):
        """A request over HTTPS is served, with HSTS for a year, subdomains, preload."""
        response = self.client.get("/about/", secure=True)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Strict-Transport-Security"], HSTS)

    def test_the_proxys_forwarded_proto_is_trusted(self):
        """X-Forwarded-Proto: https from the proxy in front counts as HTTPS."""
        response = self.client.get("/about/", headers={"X-Forwarded-Proto": "https"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Strict-Transport-Security"], HSTS)

    def test_session_cookie_is_secure(self):
        """The session and CSRF cookies are Secure, so never sent over plain HTTP."""
        make_user("alice", PASSWORD)
        data = {"username": "alice", "password": PASSWORD}
        response = self.client.post("/accounts/login/", data, secure=True)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response.cookies["sessionid"]["secure"])
        self.assertTrue(
            self.client.get("/contact/", secure=True).cookies["csrftoken"]["secure"]
        )

    def test_check_deploy_finds_nothing(self):
        """manage.py check --deploy is clean with HTTPS on, DEBUG off and a long key."""
        # Django only: Flask has no deployment check.
        out = StringIO()
        production = {name: PRODUCTION[name] for name in ["DEBUG", "SECRET_KEY"]}
        with override_settings(**production):
            call_command("check", "--deploy", "--fail-level", "DEBUG", stdout=out)
        self.assertEqual(
            out.getvalue(), "System check identified no issues (0 silenced).\n"
        )


class HttpsOffTests(TestCase):
    def test_https_is_off_by_default(self):
        """Without HTTPS_ONLY=1: plain HTTP is served, no HSTS, no Secure cookie."""
        self.assertNotIn("SECURE_SSL_REDIRECT", load_settings(HTTPS_ONLY="0"))
        response = self.client.get("/contact/")
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("Strict-Transport-Security", response.headers)
        self.assertFalse(response.cookies["csrftoken"]["secure"])
