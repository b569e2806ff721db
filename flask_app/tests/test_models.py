"""Notes and contact messages. Twin: django_app/notes/tests/test_models.py."""

from sqlalchemy import text

from flask_app.extensions import db, utcnow
from flask_app.notes.models import ContactMessage, Note, newest_notes

from .helpers import HOUR, START, count_rows, make_note, make_user


def test_excerpt_keeps_a_short_body_whole():
    """A body no longer than the limit comes back unchanged."""
    assert Note(body="x" * 80).excerpt(80) == "x" * 80


def test_excerpt_cuts_after_a_whole_word():
    """A long body is cut after the last whole word that fits, then "…"."""
    note = Note(body="The quick brown fox jumps over the lazy dog.")
    assert note.excerpt(12) == "The quick…"
    assert note.excerpt(21) == "The quick brown fox…"


def test_excerpt_drops_the_space_before_the_ellipsis():
    """Whitespace between the last word and the cut is not kept."""
    assert Note(body="abcd" + " " * 10 + "efgh").excerpt(10) == "abcd…"


def test_excerpt_cuts_a_word_longer_than_the_limit():
    """A body with no break early enough is cut inside the word."""
    assert Note(body="x" * 200).excerpt(80) == "x" * 79 + "…"


def test_excerpt_is_never_longer_than_the_limit():
    """The excerpt, ellipsis included, fits in the limit."""
    excerpt = Note(body="word " * 40).excerpt(80)
    assert len(excerpt) <= 80 and excerpt.endswith("word…")


def test_notes_are_ordered_newest_first(database):
    """Newest first; notes written at the same time: the higher id first."""
    alice = make_user("alice")
    old = make_note(alice, created_at=START)
    new = make_note(alice, created_at=START + HOUR)
    twin = make_note(alice, created_at=START + HOUR)
    assert list(db.session.scalars(newest_notes())) == [twin, new, old]


def test_notes_are_indexed_newest_first(database):
    """An index serves the newest-first order, so no page sorts the whole table."""
    query = "SELECT sql FROM sqlite_master WHERE name = 'ix_note_newest_first'"
    assert db.session.scalar(text(query)).endswith("(created_at DESC, id DESC)")


def test_updated_at_follows_edits(database):
    """An edit moves updated_at forward; created_at stays."""
    note = make_note(make_user("alice"), created_at=START)
    note.updated_at = START.replace(year=2000)
    db.session.commit()
    before_the_edit = utcnow()
    note.title = "Changed"
    db.session.commit()
    assert note.created_at == START and note.updated_at >= before_the_edit


def test_deleting_a_user_deletes_their_notes(database):
    """Notes are removed with their author; other authors' notes stay."""
    alice, bob = make_user("alice"), make_user("bob")
    make_note(alice)
    kept = make_note(bob)
    db.session.delete(alice)
    db.session.commit()
    assert db.session.scalars(db.select(Note)).all() == [kept]


def test_the_database_itself_cascades(database):
    """Deleting a user in SQL deletes their notes: SQLite's foreign keys are on."""
    # Flask only: Django cascades in the ORM, and its SQLite foreign keys have
    # no ON DELETE clause.
    alice = make_user("alice")
    make_note(alice)
    db.session.execute(text("DELETE FROM user WHERE id = :id"), {"id": alice.id})
    db.session.commit()
    assert count_rows(Note) == 0


def test_ids_are_never_reused_after_a_delete(database):
    """A new row never gets the id of a deleted one (AUTOINCREMENT on SQLite)."""
    alice = make_user("alice")
    make_note(alice)
    last = make_note(alice)
    message = ContactMessage(name="N", email="n@example.com", message="Hi")
    db.session.add(message)
    db.session.commit()
    deleted = {"note": last.id, "message": message.id}
    db.session.delete(last)
    db.session.delete(message)
    db.session.commit()
    new_message = ContactMessage(name="N", email="n@example.com", message="Hi")
    db.session.add(new_message)
    db.session.commit()
    assert make_note(alice).id > deleted["note"]
    assert new_message.id > deleted["message"]


def test_str_of_each_model():
    """A note shows as its title, a message as "name <email>"."""
    assert str(Note(title="Hello")) == "Hello"
    message = ContactMessage(name="B", email="b@example.com")
    assert str(message) == "B <b@example.com>"
