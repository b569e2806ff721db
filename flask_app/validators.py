"""Validators and error texts shared by the forms, the admin and the CLI.

Twin: Django's own django.core.validators, django.contrib.auth.validators and
django.contrib.auth.password_validation, which the Django app uses unchanged.
"""

import unicodedata

from wtforms.validators import DataRequired, Regexp, ValidationError

from .extensions import db
from .models import User

# The error texts are Django's own, so both apps show the same words.
REQUIRED = "This field is required."
INVALID_EMAIL = "Enter a valid email address."
INVALID_USERNAME = (
    "Enter a valid username. This value may contain only letters, numbers, "
    "and @/./+/-/_ characters."
)
DUPLICATE_USERNAME = "A user with that username already exists."
PASSWORD_TOO_SHORT = (
    "This password is too short. It must contain at least 8 characters."
)
PASSWORD_NUMERIC = "This password is entirely numeric."
PASSWORD_MISMATCH = "The two password fields didn’t match."
USERNAME_PATTERN = r"^[\w.@+-]+\Z"


def strip(value):
    """Remove surrounding whitespace from a submitted string."""
    # Django's CharField strips by default; WTForms keeps what was typed, so every
    # text field except the passwords gets this filter.
    return value.strip() if isinstance(value, str) else value


def nfkc(value):
    """Normalise a submitted username to Unicode NFKC."""
    # Django's UsernameField and AbstractBaseUser.normalize_username() do this, so
    # a look-alike such as full-width "ａｌｉｃｅ" becomes "alice" and meets the
    # uniqueness check; WTForms keeps every character as typed.
    return unicodedata.normalize("NFKC", value) if isinstance(value, str) else value


def no_null_characters(form, field):
    """Reject a value holding a NUL character, with Django's message."""
    # Django's CharField refuses NUL characters (PostgreSQL cannot store them in
    # text); WTForms passes them through, so every text field gets this check.
    if "\x00" in (field.data or ""):
        raise ValidationError("Null characters are not allowed.")


class MaxLength:
    """Reject values longer than max characters, with Django's message."""

    def __init__(self, max):
        self.max = max
        # WTForms renders this flag as the input's maxlength attribute.
        self.field_flags = {"maxlength": max}

    def __call__(self, form, field):
        length = len(field.data or "")
        if length > self.max:
            raise ValidationError(
                f"Ensure this value has at most {self.max} characters "
                f"(it has {length})."
            )


def required_text(max_length):
    """Return the validators of a required text field of at most max_length."""
    return [DataRequired(REQUIRED), no_null_characters, MaxLength(max_length)]


def username_rules():
    """Return the validators of Django's username field, uniqueness aside."""
    return required_text(150) + [Regexp(USERNAME_PATTERN, 0, INVALID_USERNAME)]


# Usernames are stripped and then normalised, in Django's order.
USERNAME_FILTERS = [strip, nfkc]


def password_problems(password):
    """Return the rule violations of password (Django's two checks that apply)."""
    problems = []
    if len(password) < 8:
        problems.append(PASSWORD_TOO_SHORT)
    if password.isdigit():
        problems.append(PASSWORD_NUMERIC)
    return problems


def username_taken(username):
    """Return True when a user already has this username, ignoring case."""
    # Django's UserCreationForm compares case-insensitively too.
    query = db.select(User.id).where(db.func.lower(User.username) == username.lower())
    return db.session.execute(query).first() is not None


def unique_username(form, field):
    """Reject a username in use: ignoring case for a new user, exactly on edit."""
    # Django's admin adds users with UserCreationForm (case-insensitive check)
    # and changes them with a model form (the column's exact unique check).
    user = getattr(form, "_obj", None)
    if field.errors or (user is not None and user.username == field.data):
        return
    if user is None:
        taken = username_taken(field.data)
    else:
        query = db.select(User.id).filter_by(username=field.data)
        taken = db.session.execute(query).first() is not None
    if taken:
        raise ValidationError(DUPLICATE_USERNAME)
