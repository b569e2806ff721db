"""Settings read from the environment. Twin: django_app/config/settings.py."""

import os
from pathlib import Path

APP_DIR = Path(__file__).resolve().parent

# Parity: the same 2.5 MB as Django's DATA_UPLOAD_MAX_MEMORY_SIZE (Flask sets no
# limit by default).
MAX_REQUEST_BYTES = 2_621_440


def env_flag(name, default):
    """Return True when the variable is "1" (the same "1"/"0" switch as Django's)."""
    return os.environ.get(name, default).strip() == "1"


def database_uri():
    """Return the SQLAlchemy URL from DATABASE_URL, or a SQLite file in this folder."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return f"sqlite:///{APP_DIR / 'db.sqlite3'}"
    # SQLAlchemy maps a bare postgresql:// URL to psycopg2; this app ships psycopg 3.
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def trusted_hosts():
    """Return ALLOWED_HOSTS as Flask's TRUSTED_HOSTS list (None trusts any host)."""
    raw = os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1")
    hosts = [host.strip() for host in raw.split(",") if host.strip()]
    # Django reads "*" as "any host"; Werkzeug has no wildcard, so skip the check.
    return None if "*" in hosts else hosts


def load_config():
    """Build the app's configuration mapping from the environment."""
    debug = env_flag("DEBUG", "1")
    secret_key = os.environ.get("SECRET_KEY", "")
    if not secret_key:
        if not debug:
            # SystemExit prints just this line and exits with status 1, no traceback.
            raise SystemExit("SECRET_KEY must be set when DEBUG is off.")
        secret_key = "dev-only-insecure-secret-key"
    uri = database_uri()
    engine_options = {}
    if uri.startswith("sqlite"):
        # Wait for a busy database instead of failing at once: several gunicorn
        # workers write to the same SQLite file.
        engine_options["connect_args"] = {"timeout": 20}
    https_only = env_flag("HTTPS_ONLY", "0")
    return {
        "DEBUG": debug,
        # HTTPS_ONLY=1: served over HTTPS by a proxy in front (security.py).
        "HTTPS_ONLY": https_only,
        # Django's SESSION_COOKIE_SECURE, set by the same switch.
        "SESSION_COOKIE_SECURE": https_only,
        "PREFERRED_URL_SCHEME": "https" if https_only else "http",
        "SECRET_KEY": secret_key,
        "SQLALCHEMY_DATABASE_URI": uri,
        "SQLALCHEMY_ENGINE_OPTIONS": engine_options,
        # Parity: Werkzeug answers 400 to any other Host header, like Django's
        # ALLOWED_HOSTS; Flask trusts any host unless told.
        "TRUSTED_HOSTS": trusted_hosts(),
        # Parity: Django sends SameSite=Lax on its session cookie by default;
        # Flask sends no SameSite at all.
        "SESSION_COOKIE_SAMESITE": "Lax",
        "MAX_CONTENT_LENGTH": MAX_REQUEST_BYTES,
    }
