"""Settings read from the environment. Twin: flask_app/config.py."""

import os
import sys
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

# Only the exact value "1" turns debugging on, so a typo in production fails safe.
DEBUG = os.environ.get("DEBUG", "1") == "1"

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        # sys.exit prints one line; ImproperlyConfigured would print a traceback.
        sys.exit("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "django-insecure-development-only-key"

# HTTPS_ONLY=1: the site is served over HTTPS by a proxy in front of gunicorn that
# says so with X-Forwarded-Proto. Plain HTTP is redirected, the cookies are
# Secure and browsers are told to use HTTPS only (HSTS, a year, subdomains too,
# ready for the preload list), so `manage.py check --deploy` finds nothing.
HTTPS_ONLY = os.environ.get("HTTPS_ONLY", "0") == "1"
if HTTPS_ONLY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31_536_000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1").split(",")
    if host.strip()
]

# Each built-in app below replaces a Flask extension in the twin: auth for
# Flask-Login, admin for Flask-Admin, messages for flash(), staticfiles for the
# static route. WhiteNoise's runserver_nostatic must come before staticfiles so
# that runserver serves static files through WhiteNoise, as gunicorn does.
INSTALLED_APPS = [
    "config.apps.NotesAdminConfig",  # django.contrib.admin with our site
    # Before django.contrib.auth, so that its createsuperuser command wins.
    "accounts",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "notes",
]

# SecurityMiddleware, CsrfViewMiddleware and XFrameOptionsMiddleware give CSRF
# protection and the security headers that the Flask twin adds by hand.
# WhiteNoise goes right after SecurityMiddleware, as its documentation asks;
# the body checks come before anything that reads the body.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.RequestSizeLimitMiddleware",
    "config.bad_requests.UnreadableFormMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "notes.context_processors.framework",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        # Keep each worker's connection for ten minutes instead of opening one
        # per request (CONN_MAX_AGE defaults to 0); check it before reuse.
        # Flask-SQLAlchemy keeps a connection pool without being asked.
        conn_max_age=600,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers write at once: wait for the lock instead of
    # failing, and take it when the transaction starts so that a reader never
    # has to upgrade to a writer halfway ("database is locked").
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Django's four default validators stay on; the Flask twin checks only length
# and "not entirely numeric", and the shared suite records the difference.
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Without these, LoginView would send people to /accounts/profile/, a 404 here.
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "notes:home"
LOGOUT_REDIRECT_URL = "notes:home"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# The project's own static folder, beside templates/, like the Flask twin's.
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "staticfiles"))
# The default storage keeps file names as they are (no content hash), so both
# apps link to the same /static/css/style.css and render the same HTML.
# With DEBUG on, WhiteNoise serves files straight from each app's static/
# folder. Fixed here because the test runner turns DEBUG off after settings
# load, and the tests should not need collectstatic either.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

# Django's default logging sends request errors only to mail_admins while DEBUG
# is off, so under gunicorn a 500 would leave no trace. Like Flask's app.logger,
# write errors, with their traceback, to stderr. Warnings (a 403, a 404) are
# left to the server's one-line access log.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django.request": {
            "handlers": ["console"],
            "level": "ERROR",
            "propagate": False,
        },
    },
}
