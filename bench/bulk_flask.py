"""Load the large database's rows into the Flask twin (python -m bench.bulk_flask).

Run with the app's environment (DATABASE_URL) after `flask db upgrade` and
`flask seed`. Twin: bench/bulk_django.py, which loads the same rows.
"""

from __future__ import annotations

import secrets

from sqlalchemy import insert, select

from bench.rows import AUTHORS, bench_notes
from flask_app import create_app
from flask_app.accounts.models import User
from flask_app.extensions import db
from flask_app.notes.models import Note


def load() -> None:
    """Insert the authors, then the notes, in one transaction."""
    db.session.execute(
        insert(User),
        [
            {
                "username": name,
                "email": f"{name}@example.com",
                # An empty hash never matches: these accounts cannot sign in.
                "password_hash": "",
                "session_token": secrets.token_hex(16),
            }
            for name in AUTHORS
        ],
    )
    ids = dict(
        db.session.execute(
            select(User.username, User.id).where(User.username.in_(AUTHORS))
        ).all()
    )
    db.session.execute(
        insert(Note),
        [
            {
                "title": note["title"],
                "body": note["body"],
                "author_id": ids[note["author"]],
                "created_at": note["created_at"],
                "updated_at": note["created_at"],
            }
            for note in bench_notes()
        ],
    )
    db.session.commit()


if __name__ == "__main__":
    with create_app().app_context():
        load()
