"""The username and password rules, for the forms, the admin and the CLI.

Twin: django.contrib.auth's UnicodeUsernameValidator and password validators,
built into Django and switched on in AUTH_PASSWORD_VALIDATORS.
"""

import unicodedata

from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    Regexp,
    ValidationError,
)

from ..extensions import db
from ..forms import no_null_characters, strip
from .models import User

USERNAME_PATTERN = r"^[\w.@+-]+\Z"
INVALID_USERNAME = "Use only letters, digits and @ . + - _ in a username."
# The spec's wording, which is also Django's.
DUPLICATE_USERNAME = "A user with that username already exists."
PASSWORD_TOO_SHORT = "Password must be at least 8 characters long."
PASSWORD_NUMERIC = "Password cannot be entirely numeric."


def nfkc(value):
    """Normalise a submitted username to Unicode NFKC."""
    # Parity: Django's UsernameField and AbstractBaseUser.normalize_username() do
    # this, so a look-alike such as full-width "ａｌｉｃｅ" becomes "alice" and
    # meets the uniqueness check; WTForms keeps every character as typed.
    return unicodedata.normalize("NFKC", value) if isinstance(value, str) else value


# Usernames are stripped and then normalised, in Django's order.
USERNAME_FILTERS = [strip, nfkc]


def username_rules():
    """Return the validators of a username, uniqueness aside."""
    # InputRequired: the admin's change form must not keep the old name when the
    # field is missing from the post (see notes/forms.py).
    return [
        InputRequired(),
        DataRequired(),
        no_null_characters,
        Length(max=150),
        Regexp(USERNAME_PATTERN, message=INVALID_USERNAME),
    ]


def password_problems(password):
    """Return what is wrong with password: the two rules both apps enforce."""
    # Django also refuses common passwords and passwords like the username
    # (CommonPasswordValidator, UserAttributeSimilarityValidator); the Flask twin
    # keeps to the spec's rules, and the shared suite records the difference.
    problems = []
    if len(password) < 8:
        problems.append(PASSWORD_TOO_SHORT)
    if password.isdigit():
        problems.append(PASSWORD_NUMERIC)
    return problems


def password_rules(form, field):
    """Reject a password that breaks the rules of password_problems()."""
    problems = password_problems(field.data or "")
    if problems:
        raise ValidationError(" ".join(problems))


def username_taken(username):
    """Return True when a user already has this username, ignoring case."""
    # Parity: Django's UserCreationForm compares case-insensitively too.
    query = db.select(User.id).where(db.func.lower(User.username) == username.lower())
    return db.session.execute(query).first() is not None


def unique_username(form, field):
    """Reject a username in use by another user, ignoring case."""
    user = getattr(form, "_obj", None)
    if field.errors or (user is not None and user.username == field.data):
        return
    if username_taken(field.data):
        raise ValidationError(DUPLICATE_USERNAME)
