"""Builders shared by the tests. Twin: django_app/notes/tests/helpers.py."""

from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import event

from flask_app.accounts.models import User
from flask_app.extensions import db
from flask_app.notes.models import Note

# The password of users made with one; long and varied enough for both apps' rules.
PASSWORD = "a-good-pass-77"
# Stored datetimes are naive UTC in the Flask twin (extensions.utcnow()).
START = datetime(2026, 11, 1, 8, 0)
HOUR = timedelta(hours=1)


def make_user(username, password=None, **flags):
    """Create a user; without a password nobody can sign in as them by form."""
    user = User(username=username, email=f"{username}@example.com", **flags)
    if password is not None:
        user.set_password(password)
    db.session.add(user)
    db.session.commit()
    return user


def make_moderator(username="moderator"):
    """Create a user who may delete any note."""
    return make_user(username, is_moderator=True)


def make_note(author, title="A note", body="Some text.", created_at=START + HOUR):
    """Create a note by author, written at 09:00 UTC unless told otherwise."""
    note = Note(author=author, title=title, body=body, created_at=created_at)
    db.session.add(note)
    db.session.commit()
    return note


def make_notes(authors, count):
    """Create count notes, one hour apart, by authors in turn; return them."""
    notes = [
        Note(
            title=f"Note {number}",
            body=f"Body of note {number}.",
            author=authors[number % len(authors)],
            created_at=START + number * HOUR,
        )
        for number in range(1, count + 1)
    ]
    db.session.add_all(notes)
    db.session.commit()
    return notes


def count_rows(model):
    """Return how many rows model's table holds now."""
    return db.session.scalar(db.select(db.func.count()).select_from(model))


def stored(model, row_id):
    """Return the row as the database holds it now, or None."""
    db.session.expire_all()
    return db.session.get(model, row_id)


# Flask only: Django's TestCase has assertNumQueries and CaptureQueriesContext.
@contextmanager
def recorded_statements(app):
    """Collect the SQL statements app sends to its database meanwhile."""
    statements = []

    def record(connection, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)
