"""Settings from the environment. Twin: django_app/notes/tests/test_config.py."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from flask_app.config import database_uri, load_config, trusted_hosts

REPOSITORY = Path(__file__).resolve().parents[2]


def test_refuses_to_start_without_secret_key_when_debug_is_off(tmp_path):
    """DEBUG=0 without SECRET_KEY exits with status 1 and one line on stderr."""
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env |= {"DEBUG": "0", "DATABASE_URL": f"sqlite:///{tmp_path}/x.sqlite3"}
    result = subprocess.run(
        [sys.executable, "-c", "import flask_app; flask_app.create_app()"],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr == "SECRET_KEY must be set when DEBUG is off.\n"


def test_debug_mode_has_a_development_key(monkeypatch):
    """With DEBUG on (the default) and no SECRET_KEY, a development key is used."""
    monkeypatch.delenv("DEBUG", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    config = load_config()
    assert config["DEBUG"] is True and config["SECRET_KEY"]


def test_production_settings(monkeypatch):
    """DEBUG=0 with a key: debug off, the key used, Django's defaults copied."""
    monkeypatch.setenv("DEBUG", "0")
    monkeypatch.setenv("SECRET_KEY", "from-env")
    config = load_config()
    assert (config["DEBUG"], config["SECRET_KEY"]) == (False, "from-env")
    assert config["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert config["MAX_CONTENT_LENGTH"] == 2_621_440


@pytest.mark.parametrize(("value", "https"), [("1", True), ("0", False), (None, False)])
def test_https_settings(monkeypatch, value, https):
    """HTTPS_ONLY=1 makes the session cookie Secure and URLs https; else neither."""
    if value is None:
        monkeypatch.delenv("HTTPS_ONLY", raising=False)
    else:
        monkeypatch.setenv("HTTPS_ONLY", value)
    config = load_config()
    assert (config["HTTPS_ONLY"], config["SESSION_COOKIE_SECURE"]) == (https, https)
    assert config["PREFERRED_URL_SCHEME"] == ("https" if https else "http")


@pytest.mark.parametrize(
    ("url", "expected"),
    [("postgresql://u:p@db/notes", "postgresql+psycopg://u:p@db/notes"),
     ("postgres://u@db/notes", "postgresql+psycopg://u@db/notes"),
     ("sqlite:///notes.sqlite3", "sqlite:///notes.sqlite3")],
)  # fmt: skip
def test_database_url(monkeypatch, url, expected):
    """PostgreSQL URLs use the psycopg 3 driver; other URLs pass through."""
    monkeypatch.setenv("DATABASE_URL", url)
    assert database_uri() == expected


def test_default_database_is_a_file_in_the_app_folder(monkeypatch):
    """Without DATABASE_URL: flask_app/db.sqlite3, waiting for a busy file."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = load_config()
    assert (
        config["SQLALCHEMY_DATABASE_URI"]
        == f"sqlite:///{REPOSITORY}/flask_app/db.sqlite3"
    )
    assert config["SQLALCHEMY_ENGINE_OPTIONS"] == {"connect_args": {"timeout": 20}}


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, ["localhost", "127.0.0.1"]),
     ("example.com, .example.org ,", ["example.com", ".example.org"]),
     ("*", None)],
)  # fmt: skip
def test_allowed_hosts(monkeypatch, value, expected):
    """ALLOWED_HOSTS is split on commas into TRUSTED_HOSTS; "*" turns the check off."""
    if value is None:
        monkeypatch.delenv("ALLOWED_HOSTS", raising=False)
    else:
        monkeypatch.setenv("ALLOWED_HOSTS", value)
    assert trusted_hosts() == expected
