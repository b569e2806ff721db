"""Fixtures and builders for the app's own tests.

Twin: django_app/notes/tests/helpers.py. Django's test runner also creates a test
database by itself; here every test gets a fresh app on its own SQLite file, with
the tables made by db.create_all().
"""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import event

from flask_app import create_app
from flask_app.extensions import db
from flask_app.models import Note, User

PASSWORD = "demo-pass-123"


def make_app(tmp_path, create_tables=True, **overrides):
    """Return a test app on a database file in tmp_path, with empty tables."""
    config = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'test.sqlite3'}",
        "TRUSTED_HOSTS": ["localhost"],
        # Most tests post forms without a token; the CSRF tests turn it back on.
        "WTF_CSRF_ENABLED": False,
    }
    config.update(overrides)
    app = create_app(config)
    if create_tables:
        with app.app_context():
            db.create_all()
    return app


def with_database(app, tmp_path):
    """Yield app while a second app on the same database file serves the test body."""
    # Requests made while the test's own app context is pushed would reuse it, so
    # g (where Flask-Login caches the user) and the session would leak from one
    # request into the next. A second app on the same file holds the test's context,
    # and every test-client request gets a fresh one, as under a real server.
    with make_app(tmp_path).app_context():
        yield app


@pytest.fixture
def app(tmp_path):
    """An app with CSRF checks off; db.session in the test body is ready to use."""
    yield from with_database(make_app(tmp_path), tmp_path)


@pytest.fixture
def csrf_app(tmp_path):
    """An app with CSRF protection on, as in production."""
    yield from with_database(make_app(tmp_path, WTF_CSRF_ENABLED=True), tmp_path)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def make_user(username, password=PASSWORD, **flags):
    """Create and return a user; an empty password skips the slow hashing."""
    user = User(username=username, email=f"{username}@example.com", **flags)
    if password:
        user.set_password(password)
    db.session.add(user)
    db.session.commit()
    return user


def make_note(author, title="A note", body="Some text.", created_at=None):
    """Create and return a note by author."""
    created_at = created_at or datetime(2026, 11, 1, 9, 0)
    note = Note(title=title, body=body, author=author, created_at=created_at)
    db.session.add(note)
    db.session.commit()
    return note


def make_notes(count, authors):
    """Create count notes, one hour apart, by authors in turn."""
    start = datetime(2026, 11, 1, 8, 0)
    for number in range(1, count + 1):
        db.session.add(
            Note(
                title=f"Note {number}",
                body=f"Body {number}.",
                author=authors[number % len(authors)],
                created_at=start + timedelta(hours=number),
            )
        )
    db.session.commit()


@pytest.fixture
def alice(app):
    return make_user("alice")


@pytest.fixture
def bob(app):
    return make_user("bob")


def log_in(client, username, password=PASSWORD):
    """Sign client in through the login form; return the response."""
    return client.post(
        "/accounts/login/", data={"username": username, "password": password}
    )


@pytest.fixture
def staff_client(app, client):
    """A client signed in as a staff superuser, for the admin tests."""
    make_user("admin", is_staff=True, is_superuser=True)
    log_in(client, "admin")
    return client


class QueryCounter:
    """Count the SQL statements app sends to its database while active."""

    def __init__(self, app):
        with app.app_context():
            self.engine = db.engine
        self.statements = []

    def __call__(self, conn, cursor, statement, parameters, context, executemany):
        self.statements.append(statement)

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self)
        return self

    def __exit__(self, *exc_info):
        event.remove(self.engine, "before_cursor_execute", self)

    @property
    def count(self):
        return len(self.statements)
