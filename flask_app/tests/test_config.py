"""Settings from the environment.

Twin: SettingsTests in django_app/notes/tests/test_http.py.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from flask_app.config import database_uri, load_config, trusted_hosts


def test_refuses_to_start_without_secret_key_when_debug_is_off(monkeypatch):
    """DEBUG=0 and no SECRET_KEY: exit with one line naming the problem."""
    monkeypatch.setenv("DEBUG", "0")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        load_config()
    assert exit_info.value.code == "SECRET_KEY must be set when DEBUG is off."


def test_app_exits_with_one_line_on_stderr(tmp_path):
    """Creating the app with DEBUG=0 and no SECRET_KEY prints one line, exit 1."""
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "-c", "import flask_app; flask_app.create_app()"],
        cwd=Path(__file__).resolve().parents[2],
        env=env | {"DEBUG": "0", "DATABASE_URL": f"sqlite:///{tmp_path}/x.sqlite3"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr == "SECRET_KEY must be set when DEBUG is off.\n"


def test_debug_mode_has_a_development_key(monkeypatch):
    """With DEBUG on (the default) a development key is used."""
    monkeypatch.delenv("DEBUG", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    config = load_config()
    assert config["DEBUG"] is True and config["SECRET_KEY"]


def test_production_settings(monkeypatch):
    """DEBUG=0 with a key: debug off, the key used, cookies SameSite=Lax."""
    monkeypatch.setenv("DEBUG", "0")
    monkeypatch.setenv("SECRET_KEY", "from-env")
    config = load_config()
    assert (config["DEBUG"], config["SECRET_KEY"]) == (False, "from-env")
    assert config["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert config["MAX_CONTENT_LENGTH"] == 2_621_440


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u:p@db/notes", "postgresql+psycopg://u:p@db/notes"),
        ("postgres://u@db/notes", "postgresql+psycopg://u@db/notes"),
        ("sqlite:///notes.sqlite3", "sqlite:///notes.sqlite3"),
    ],
)
def test_database_url(monkeypatch, url, expected):
    """PostgreSQL URLs use the psycopg 3 driver; other URLs pass through."""
    monkeypatch.setenv("DATABASE_URL", url)
    assert database_uri() == expected


def test_default_database_is_a_file_in_the_app_folder(monkeypatch):
    """Without DATABASE_URL the app uses flask_app/db.sqlite3."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert database_uri().endswith("/flask_app/db.sqlite3")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ["localhost", "127.0.0.1"]),
        ("example.com, .example.org ,", ["example.com", ".example.org"]),
        ("*", None),
    ],
)
def test_allowed_hosts_become_trusted_hosts(monkeypatch, value, expected):
    """ALLOWED_HOSTS is split on commas; "*" turns the host check off."""
    if value is None:
        monkeypatch.delenv("ALLOWED_HOSTS", raising=False)
    else:
        monkeypatch.setenv("ALLOWED_HOSTS", value)
    assert trusted_hosts() == expected
