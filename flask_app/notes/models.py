"""Notes and contact messages. Twin: django_app/notes/models.py."""

import re

from sqlalchemy.orm import joinedload

from ..extensions import db, utcnow

# Ids are INTEGER columns: PostgreSQL's INTEGER stops here, so no row has a larger id.
MAX_ID = 2**31 - 1


class Note(db.Model):
    """A short text written by one user, newest first."""

    # Never hand a deleted note's id to a new one (see User).
    __table_args__ = {"sqlite_autoincrement": True}

    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    body = db.Column(db.Text, nullable=False)
    author_id = db.Column(
        db.Integer,
        db.ForeignKey("user.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )
    created_at = db.Column(db.DateTime, nullable=False, default=utcnow)
    # The ORM sets this on every UPDATE it emits, like Django's auto_now=True.
    updated_at = db.Column(db.DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    author = db.relationship("User", back_populates="notes")

    def __str__(self):
        """Return the title, as the admin lists the note."""
        return self.title

    def excerpt(self, length):
        """Return the body cut to at most length characters, after a whole word."""
        if len(self.body) <= length:
            return self.body
        # The longest run of whole words that leaves room for the ellipsis; a
        # body with no break that early is cut where it must be.
        words = re.match(r"(.*\S)\s", self.body[:length], re.DOTALL)
        return (words.group(1) if words else self.body[: length - 1]) + "…"


# Every list of notes is sorted newest first; without this index the database
# sorts the whole table for each page. Django's twin is Meta.indexes.
db.Index("ix_note_newest_first", Note.created_at.desc(), Note.id.desc())


class ContactMessage(db.Model):
    """A message sent through the contact form."""

    __table_args__ = {"sqlite_autoincrement": True}

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(100), nullable=False)
    email = db.Column(db.String(254), nullable=False)
    message = db.Column(db.Text, nullable=False)
    created_at = db.Column(db.DateTime, nullable=False, default=utcnow)

    def __str__(self):
        """Return the sender as "name <email>"."""
        return f"{self.name} <{self.email}>"


def newest_notes():
    """Return a SELECT of notes, newest first, each loaded with its author."""
    # Django's Meta.ordering and select_related("author") do this; SQLAlchemy has
    # no default ordering, and without joinedload every author is one more query.
    return (
        db.select(Note)
        .options(joinedload(Note.author))
        .order_by(Note.created_at.desc(), Note.id.desc())
    )
