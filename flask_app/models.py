"""User, Note and ContactMessage. Twin: django_app/notes/models.py (+ the auth User)."""

from datetime import datetime, timezone

from flask_login import UserMixin
from sqlalchemy.orm import joinedload
from werkzeug.security import check_password_hash, generate_password_hash

from .extensions import db

# Ids are INTEGER columns: PostgreSQL's INTEGER stops here, so no row has a larger id.
MAX_ID = 2**31 - 1


def utcnow():
    """Return the current UTC time as a naive datetime."""
    # Datetimes are stored naive and always in UTC: SQLite has no time zone type,
    # and Django's USE_TZ does this conversion for its twin.
    return datetime.now(timezone.utc).replace(tzinfo=None)


def iso_utc(value):
    """Format a stored UTC datetime as ISO 8601 with second precision and a Z."""
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


class User(UserMixin, db.Model):
    """A person who signs in; Flask has no built-in user, so this is the app's own."""

    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(150), unique=True, nullable=False)
    email = db.Column(db.String(254), nullable=False, default="")
    password_hash = db.Column(db.String(256), nullable=False, default="")
    is_active = db.Column(db.Boolean, nullable=False, default=True)
    is_staff = db.Column(db.Boolean, nullable=False, default=False)
    is_superuser = db.Column(db.Boolean, nullable=False, default=False)
    # Django grants this through the "Moderators" group and a permission; here
    # it is a plain flag read by permissions.is_moderator().
    is_moderator = db.Column(db.Boolean, nullable=False, default=False)
    date_joined = db.Column(db.DateTime, nullable=False, default=utcnow)

    notes = db.relationship(
        "Note", back_populates="author", cascade="all, delete-orphan"
    )

    def __str__(self):
        return self.username

    def set_password(self, password):
        """Store a salted hash of password (Werkzeug's default scheme, scrypt)."""
        self.password_hash = generate_password_hash(password)

    def check_password(self, password):
        """Return True when password matches the stored hash."""
        if not self.password_hash:
            return False
        return check_password_hash(self.password_hash, password)


class Note(db.Model):
    """A short text written by one user, newest first."""

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
        return self.title

    def excerpt(self, length):
        """Return the body cut to length characters, ending in an ellipsis if cut."""
        if len(self.body) <= length:
            return self.body
        return self.body[: length - 1].rstrip() + "…"


class ContactMessage(db.Model):
    """A message sent through the contact form."""

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(100), nullable=False)
    email = db.Column(db.String(254), nullable=False)
    message = db.Column(db.Text, nullable=False)
    created_at = db.Column(db.DateTime, nullable=False, default=utcnow)

    def __str__(self):
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
