"""Settings from the environment. Twin: flask_app/tests/test_config.py."""

import os
import subprocess
import sys

from django.test import SimpleTestCase

from .helpers import SETTINGS_FILE, load_settings

PROJECT = SETTINGS_FILE.parents[1]


class SettingsTests(SimpleTestCase):
    def test_refuses_to_start_without_secret_key_when_debug_is_off(self):
        """DEBUG=0 without SECRET_KEY exits with status 1 and one line on stderr."""
        env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
        result = subprocess.run(
            [sys.executable, "-c", "import config.settings"],
            cwd=PROJECT,
            env=env | {"DEBUG": "0"},
            capture_output=True,
            text=True,
        )
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, "SECRET_KEY must be set when DEBUG is off.\n")

    def test_debug_mode_has_a_development_key(self):
        """With DEBUG on (the default) and no SECRET_KEY, a development key is used."""
        settings = load_settings(DEBUG=None, SECRET_KEY=None)
        self.assertIs(settings["DEBUG"], True)
        self.assertTrue(settings["SECRET_KEY"])

    def test_production_settings(self):
        """DEBUG=0 with a key: debug off, the key used, errors logged to stderr."""
        settings = load_settings(DEBUG="0", SECRET_KEY="from-env")
        self.assertEqual(
            (settings["DEBUG"], settings["SECRET_KEY"]), (False, "from-env")
        )
        request_log = settings["LOGGING"]["loggers"]["django.request"]
        self.assertEqual(
            (request_log["handlers"], request_log["level"]), (["console"], "ERROR")
        )
        self.assertEqual(
            settings["LOGGING"]["handlers"]["console"]["class"], "logging.StreamHandler"
        )

    def test_https_settings(self):
        """HTTPS_ONLY=1 switches on the SECURE_* settings and Secure cookies."""
        settings = load_settings(HTTPS_ONLY="1")
        self.assertEqual(
            {name: settings[name] for name in [
                "SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE",
                "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
                "SECURE_HSTS_PRELOAD", "SECURE_PROXY_SSL_HEADER"]},
            {"SECURE_SSL_REDIRECT": True, "SESSION_COOKIE_SECURE": True,
             "CSRF_COOKIE_SECURE": True, "SECURE_HSTS_SECONDS": 31_536_000,
             "SECURE_HSTS_INCLUDE_SUBDOMAINS": True, "SECURE_HSTS_PRELOAD": True,
             "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https")},
        )  # fmt: skip
        for value in ["0", None]:
            with self.subTest(HTTPS_ONLY=value):
                names = load_settings(HTTPS_ONLY=value)
                self.assertFalse([name for name in names if name.startswith("SECURE_")])

    def test_database_url(self):
        """A PostgreSQL URL selects PostgreSQL; connections are kept and checked."""
        database = load_settings(DATABASE_URL="postgresql://u:p@db/notes")["DATABASES"]
        default = database["default"]
        self.assertEqual(
            (default["ENGINE"], default["NAME"], default["HOST"], default["USER"]),
            ("django.db.backends.postgresql", "notes", "db", "u"),
        )
        self.assertEqual(
            (default["CONN_MAX_AGE"], default["CONN_HEALTH_CHECKS"]), (600, True)
        )

    def test_default_database_is_a_file_in_the_app_folder(self):
        """Without DATABASE_URL: django_app/db.sqlite3, waiting for a busy file."""
        default = load_settings(DATABASE_URL=None)["DATABASES"]["default"]
        self.assertEqual(default["NAME"], str(PROJECT / "db.sqlite3"))
        self.assertEqual(
            default["OPTIONS"], {"timeout": 20, "transaction_mode": "IMMEDIATE"}
        )

    def test_allowed_hosts(self):
        """ALLOWED_HOSTS is split on commas."""
        for value, expected in [
            (None, ["localhost", "127.0.0.1"]),
            ("example.com, .example.org ,", ["example.com", ".example.org"]),
            ("*", ["*"]),
        ]:
            with self.subTest(value=value):
                self.assertEqual(
                    load_settings(ALLOWED_HOSTS=value)["ALLOWED_HOSTS"], expected
                )
