"""The User model and how a session names its user. Twin: django.contrib.auth's User.

Flask has no built-in user, so this is the app's own model; Flask-Login only
remembers which user a session belongs to, through get_id() and load_user().
"""

import secrets

from flask_login import UserMixin
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db, login_manager, utcnow


def new_session_token():
    """Return a fresh random token that names a user in the session cookie."""
    return secrets.token_hex(16)


class User(UserMixin, db.Model):
    """A person who signs in."""

    # SQLite hands a deleted row's id to the next row unless the table is
    # AUTOINCREMENT; Django's SQLite backend always asks for it, SQLAlchemy only
    # when told.
    __table_args__ = {"sqlite_autoincrement": True}

    # Integer, where Django's DEFAULT_AUTO_FIELD is a BigAutoField: SQLite only
    # autoincrements an INTEGER PRIMARY KEY, and SQLAlchemy does not map
    # BigInteger onto it by itself.
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(150), unique=True, nullable=False)
    email = db.Column(db.String(254), nullable=False, default="")
    password_hash = db.Column(db.String(256), nullable=False, default="")
    # Flask-Login puts get_id() in the signed session cookie. A random token,
    # changed with the password, means that a changed password or a deleted
    # user ends every session; Django keeps a hash of the password in its
    # sessions for the same reason (get_session_auth_hash).
    session_token = db.Column(
        db.String(32), unique=True, nullable=False, default=new_session_token
    )
    is_active = db.Column(db.Boolean, nullable=False, default=True)
    is_staff = db.Column(db.Boolean, nullable=False, default=False)
    is_superuser = db.Column(db.Boolean, nullable=False, default=False)
    # Django grants this through the "Moderators" group and a permission; here
    # it is a plain flag read by notes.permissions.is_moderator().
    is_moderator = db.Column(db.Boolean, nullable=False, default=False)
    date_joined = db.Column(db.DateTime, nullable=False, default=utcnow)

    notes = db.relationship(
        "Note", back_populates="author", cascade="all, delete-orphan"
    )

    def __str__(self):
        return self.username

    def get_id(self):
        """Return what the session cookie stores: the token, not the row id."""
        return self.session_token

    def set_password(self, password):
        """Store a salted hash of password and end the user's other sessions."""
        # Werkzeug's default scheme is scrypt; Django's is PBKDF2.
        self.password_hash = generate_password_hash(password)
        self.session_token = new_session_token()

    def check_password(self, password):
        """Return True when password matches the stored hash."""
        if not self.password_hash:
            return False
        return check_password_hash(self.password_hash, password)


# Usernames are unique whatever their case, in the database too, so that two
# sign-ups racing each other cannot both win. Django's auth User cannot take a
# Meta.indexes entry from outside; its twin adds the same index in a migration.
db.Index("uq_user_username_lower", db.func.lower(User.username), unique=True)


@login_manager.user_loader
def load_user(session_token):
    """Return the active user the session's token names, or None."""
    # Django's ModelBackend.get_user() also refuses an inactive user, so that
    # switching an account off signs it out everywhere. (Flask-Login's UserMixin
    # would already count one as signed out, as its is_authenticated returns
    # is_active; refusing it here keeps it out of current_user altogether.)
    user = db.session.execute(
        db.select(User).filter_by(session_token=session_token)
    ).scalar_one_or_none()
    return user if user is not None and user.is_active else None
