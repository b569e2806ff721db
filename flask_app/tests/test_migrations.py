"""The Alembic migrations: existing rows survive, and the schema ends as the models.

Flask only: Django's migrations are written by makemigrations from the models,
and tox checks them with `manage.py makemigrations --check --dry-run`.
"""

import pytest
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from flask_app.extensions import db

INITIAL = "1afd3c6ecb22"  # before Note.updated_at
BEFORE_TOKENS = "331cd0bb48ca"  # before session tokens and AUTOINCREMENT
TABLES = ["user", "note", "contact_message"]
OLD_ROWS = [
    "INSERT INTO user (username, email, password_hash, is_active, is_staff,"
    " is_superuser, is_moderator, date_joined) VALUES"
    " ('alice', '', 'h1', 1, 0, 0, 0, '2026-01-01 00:00:00'),"
    " ('bob', '', 'h2', 1, 0, 0, 0, '2026-01-01 00:00:00'),"
    " ('carol', '', 'h3', 1, 1, 1, 0, '2026-01-01 00:00:00')",
    "INSERT INTO note (title, body, author_id, created_at, updated_at) VALUES"
    " ('A1', 'b', 1, '2026-01-02 00:00:00', '2026-01-02 00:00:00'),"
    " ('B1', 'b', 2, '2026-01-03 00:00:00', '2026-01-03 00:00:00'),"
    " ('A2', 'b', 1, '2026-01-04 00:00:00', '2026-01-04 00:00:00')",
    "INSERT INTO contact_message (name, email, message, created_at) VALUES"
    " ('Dave', 'd@example.com', 'Hi', '2026-01-05 00:00:00'),"
    " ('Erin', 'e@example.com', 'Yo', '2026-01-06 00:00:00')",
]


def rows(query):
    """Return the rows of a SQL query as tuples."""
    return [tuple(row) for row in db.session.execute(text(query))]


def content():
    """Return what the tables hold, the ids and authors included."""
    return (
        rows("SELECT id, username, password_hash, is_staff FROM user ORDER BY id"),
        rows("SELECT id, title, author_id, created_at FROM note ORDER BY id"),
        rows("SELECT id, name, email, message FROM contact_message ORDER BY id"),
    )


@pytest.fixture
def migrated(unmigrated_app):
    """The app's database with rows written under the older schema, then upgraded."""
    with unmigrated_app.app_context():
        upgrade(revision=BEFORE_TOKENS)
        for statement in OLD_ROWS:
            db.session.execute(text(statement))
        db.session.commit()
        before = content()
        upgrade()
        yield before


def test_upgrade_keeps_every_row(migrated):
    """Users, notes with their authors and contact messages all survive."""
    assert content() == migrated


def test_upgrade_makes_the_tables_autoincrement(migrated):
    """Each table is rebuilt with AUTOINCREMENT, so SQLite never reuses an id."""
    created = dict(rows("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    for table in TABLES:
        assert "AUTOINCREMENT" in created[table], table
    db.session.execute(text("DELETE FROM note WHERE id = 3"))
    db.session.execute(
        text(
            "INSERT INTO note (title, body, author_id, created_at, updated_at)"
            " VALUES ('New', 'b', 2, '2026-02-01 00:00:00', '2026-02-01 00:00:00')"
        )
    )
    assert rows("SELECT id FROM note WHERE title = 'New'") == [(4,)]


def test_upgrade_gives_every_user_a_distinct_token(migrated):
    """Existing users get a random session token each, all different."""
    tokens = [token for (token,) in rows("SELECT session_token FROM user")]
    assert len(tokens) == len(set(tokens)) == 3
    assert all(len(token) == 32 and int(token, 16) >= 0 for token in tokens)


def test_upgrade_adds_the_indexes(migrated):
    """Usernames are unique in any case, and notes are indexed newest first."""
    indexes = {
        name for (name,) in rows("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    assert {"uq_user_username_lower", "ix_note_newest_first"} <= indexes
    with pytest.raises(IntegrityError):
        db.session.execute(
            text("UPDATE user SET username = 'ALICE' WHERE username = 'bob'")
        )
    db.session.rollback()


def test_cascade_still_works_after_the_upgrade(migrated):
    """Deleting a user in SQL still deletes their notes, and only theirs."""
    db.session.execute(text("DELETE FROM user WHERE username = 'alice'"))
    db.session.commit()
    assert rows("SELECT title, author_id FROM note") == [("B1", 2)]


# SQLite cannot reflect an index on lower(username), so db check cannot compare
# it and says so; the migration's comment explains why it is written by hand.
@pytest.mark.filterwarnings("ignore:.*uq_user_username_lower")
def test_check_finds_nothing_after_the_upgrade(unmigrated_app):
    """db upgrade on an empty database, then db check: the models and tables agree."""
    runner = unmigrated_app.test_cli_runner()
    assert runner.invoke(args=["db", "upgrade"]).exit_code == 0
    result = runner.invoke(args=["db", "check"])
    assert result.exit_code == 0, result.output


def test_check_fails_when_a_model_change_has_no_migration(unmigrated_app):
    """db check exits non-zero when the database lacks what the models have."""
    with unmigrated_app.app_context():
        upgrade(revision=INITIAL)
    assert unmigrated_app.test_cli_runner().invoke(args=["db", "check"]).exit_code != 0


def test_updated_at_migration_backfills_existing_notes(unmigrated_app):
    """Older notes get updated_at = created_at; a downgrade keeps the notes."""
    with unmigrated_app.app_context():
        upgrade(revision=INITIAL)
        db.session.execute(text(OLD_ROWS[0]))
        db.session.execute(text(
            "INSERT INTO note (title, body, author_id, created_at)"
            " VALUES ('Old', 'Body', 1, '2026-01-02 03:04:05')"
        ))  # fmt: skip
        db.session.commit()
        upgrade()
        column = {c["name"]: c for c in inspect(db.engine).get_columns("note")}
        assert column["updated_at"]["nullable"] is False
        assert rows("SELECT created_at, updated_at FROM note") == [
            ("2026-01-02 03:04:05", "2026-01-02 03:04:05")
        ]
        downgrade(revision=INITIAL)
        assert "updated_at" not in {
            c["name"] for c in inspect(db.engine).get_columns("note")
        }
        assert rows("SELECT title, author_id FROM note") == [("Old", 1)]
