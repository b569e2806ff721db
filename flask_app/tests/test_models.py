"""Model behaviour. Twin: django_app/notes/tests/test_models.py."""

from datetime import datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from flask_app.extensions import db
from flask_app.models import Note, User, iso_utc, newest_notes

from .conftest import make_note, make_user


def test_password_is_stored_hashed_with_scrypt(app):
    """set_password stores a scrypt hash, never the password, and checks it."""
    user = make_user("alice", password="s3cret-pass")
    assert "s3cret-pass" not in user.password_hash
    assert user.password_hash.startswith("scrypt:")
    assert user.check_password("s3cret-pass")
    assert not user.check_password("wrong-pass")


def test_user_without_password_never_matches(app):
    """A user created without a password cannot sign in with any password."""
    user = make_user("nopass", password="")
    assert not user.check_password("")
    assert not user.check_password("anything")


def test_excerpt_keeps_short_bodies_and_cuts_long_ones():
    """excerpt(n) returns at most n characters, ending in "…" when it cut."""
    note = Note(title="t", body="short")
    assert note.excerpt(80) == "short"
    note.body = "word " * 40
    cut = note.excerpt(20)
    assert len(cut) <= 20
    assert cut.endswith("…")
    assert cut == "word word word word…"


def test_excerpt_of_exact_length_is_not_cut():
    """A body exactly n characters long comes back unchanged."""
    assert Note(title="t", body="x" * 80).excerpt(80) == "x" * 80


def test_iso_utc_has_second_precision_and_z():
    """Timestamps are written as ISO 8601 in UTC, seconds, with a Z suffix."""
    assert iso_utc(datetime(2026, 11, 1, 9, 5, 7, 123456)) == "2026-11-01T09:05:07Z"


def test_timestamps_default_to_now_and_updated_at_follows_edits(app):
    """created_at and updated_at are set on insert; an edit moves updated_at."""
    note = make_note(make_user("alice", password=""))
    assert note.created_at is not None and note.updated_at is not None
    first_update = note.updated_at
    note.title = "Changed"
    db.session.commit()
    assert note.updated_at > first_update


def test_newest_notes_orders_by_created_then_id(app):
    """Newest first; notes created at the same time: the higher id first."""
    alice = make_user("alice", password="")
    same = datetime(2026, 11, 1, 9, 0)
    older = make_note(alice, "older", created_at=datetime(2026, 11, 1, 8, 0))
    first = make_note(alice, "first", created_at=same)
    second = make_note(alice, "second", created_at=same)
    ids = [note.id for note in db.session.execute(newest_notes()).scalars()]
    assert ids == [second.id, first.id, older.id]


def test_deleting_a_user_deletes_their_notes(app):
    """Deleting a user through the ORM deletes their notes too."""
    alice = make_user("alice", password="")
    bob = make_user("bob", password="")
    make_note(alice)
    kept = make_note(bob)
    db.session.delete(alice)
    db.session.commit()
    assert [note.id for note in db.session.scalars(db.select(Note))] == [kept.id]


def test_database_cascades_user_deletion_too(app):
    """The foreign key cascades in SQLite itself (foreign keys are switched on)."""
    alice = make_user("alice", password="")
    make_note(alice)
    db.session.execute(text("DELETE FROM user WHERE id = :id"), {"id": alice.id})
    db.session.commit()
    assert db.session.scalar(db.select(db.func.count()).select_from(Note)) == 0


def test_username_is_unique(app):
    """Two users cannot share a username at the database level."""
    make_user("alice", password="")
    db.session.add(User(username="alice"))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()
