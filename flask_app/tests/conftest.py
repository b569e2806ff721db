"""pytest fixtures: the app, a database emptied for each test, cheap password hashes.

Flask only: Django's test runner makes the test database itself, TestCase wraps
each test in a transaction and gives it self.client, and client.force_login()
is what Flask-Login's FlaskLoginClient gives here: app.test_client(user=…).
"""

import sqlite3
from functools import partial

import pytest
from flask import Flask
from flask_login import FlaskLoginClient
from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from werkzeug.security import generate_password_hash

from flask_app import create_app
from flask_app.accounts import forms as account_forms
from flask_app.accounts import models as account_models
from flask_app.extensions import db

from .helpers import PASSWORD, make_user

# One PBKDF2 round instead of scrypt: the tests make and check many passwords,
# and scrypt costs a tenth of a second each time, on purpose.
CHEAP_HASH = partial(generate_password_hash, method="pbkdf2:sha256:1")


@event.listens_for(Engine, "connect")
def skip_disk_syncs(dbapi_connection, connection_record):
    """Let SQLite commit without waiting for the disk: the files are thrown away."""
    # Django's test runner keeps its SQLite test database in memory; these are
    # files, shared by the app and the test body, and each commit would sync.
    if isinstance(dbapi_connection, sqlite3.Connection):
        dbapi_connection.execute("PRAGMA synchronous = OFF")


def make_app(database, **config):
    """Return the app on the SQLite file database, CSRF checks off unless told."""
    settings = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}",
        "TRUSTED_HOSTS": ["localhost"],
        # Like Django's test Client, which skips CSRF checks unless asked.
        "WTF_CSRF_ENABLED": False,
    }
    app = create_app(settings | config)
    app.test_client_class = FlaskLoginClient
    return app


def close_connections(app):
    """Close the database connections app holds."""
    with app.app_context():
        for engine in db.engines.values():
            engine.dispose()


@pytest.fixture(scope="session")
def database_file(tmp_path_factory):
    """Return the SQLite file the tests share, with the models' tables."""
    return tmp_path_factory.mktemp("database") / "test.sqlite3"


@pytest.fixture(scope="session")
def body_app(database_file):
    """An app that only knows the database, for the test body's context."""
    # Requests reuse an app context of their own app if one is pushed, so g
    # (where Flask-Login keeps the user) would leak from one request into the
    # next. The test body gets a context of another app on the same file, as
    # a second process would have.
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{database_file}"
    db.init_app(app)
    with app.app_context():
        db.create_all()
    yield app
    close_connections(app)


@pytest.fixture
def database(body_app, database_file):
    """Give the test empty tables, ids from 1, and db.session in its body."""
    with body_app.app_context():
        for table in reversed(db.metadata.sorted_tables):
            db.session.execute(table.delete())
        db.session.execute(text("DELETE FROM sqlite_sequence"))
        db.session.commit()
        yield database_file


@pytest.fixture(scope="session")
def shared_app(database_file, body_app):
    """The app most tests use, made once: making one costs more than most tests."""
    app = make_app(database_file)
    yield app
    close_connections(app)


@pytest.fixture
def app(shared_app, database):
    """The app with CSRF checks off, on empty tables."""
    return shared_app


@pytest.fixture
def app_factory(database):
    """Return a function making apps with extra config, on the test's tables."""
    apps = []

    def factory(**config):
        apps.append(make_app(database, **config))
        return apps[-1]

    yield factory
    for made in apps:
        close_connections(made)


@pytest.fixture
def csrf_app(app_factory):
    """The app with CSRF protection on, as in production."""
    return app_factory(WTF_CSRF_ENABLED=True)


@pytest.fixture
def unmigrated_app(tmp_path):
    """The app on a database without any table, for the migration tests."""
    app = make_app(tmp_path / "unmigrated.sqlite3")
    yield app
    close_connections(app)


@pytest.fixture
def client(app):
    """A signed-out visitor."""
    return app.test_client()


@pytest.fixture
def staff_client(app):
    """A client signed in as the staff superuser "admin"."""
    admin = make_user("admin", is_staff=True, is_superuser=True)
    return app.test_client(user=admin)


@pytest.fixture
def alice(database):
    """A regular user, alice, who signs in with the tests' PASSWORD."""
    return make_user("alice", PASSWORD)


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch):
    """Hash passwords with one PBKDF2 round; checking reads the scheme from the hash."""
    monkeypatch.setattr(account_models, "generate_password_hash", CHEAP_HASH)
    monkeypatch.setattr(account_forms, "generate_password_hash", CHEAP_HASH)
    account_forms.dummy_password_hash.cache_clear()


@pytest.fixture
def real_password_hashing(monkeypatch):
    """Hash with the app's own default scheme, for tests about that scheme."""
    monkeypatch.setattr(
        account_models, "generate_password_hash", generate_password_hash
    )
