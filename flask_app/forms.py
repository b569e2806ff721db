"""Contact, note and account forms.

Twin: django_app/notes/forms.py and django_app/accounts/forms.py.
"""

from functools import cache

from flask_wtf import FlaskForm
from werkzeug.security import check_password_hash, generate_password_hash
from wtforms import EmailField, PasswordField, StringField, TextAreaField
from wtforms.validators import DataRequired, Email, Regexp, ValidationError

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


@cache
def dummy_password_hash():
    """Return a hash to check against when the username does not exist."""
    return generate_password_hash("not anyone's password")


class ContactForm(FlaskForm):
    """A plain form: the view stores its data itself."""

    name = StringField("Name", [DataRequired(REQUIRED), MaxLength(100)], [strip])
    email = EmailField(
        "Email", [DataRequired(REQUIRED), MaxLength(254), Email(INVALID_EMAIL)], [strip]
    )
    message = TextAreaField(
        "Message", [DataRequired(REQUIRED), MaxLength(2000)], [strip]
    )


class NoteForm(FlaskForm):
    """Title and body of a note; the view sets the author."""

    title = StringField("Title", [DataRequired(REQUIRED), MaxLength(100)], [strip])
    body = TextAreaField("Body", [DataRequired(REQUIRED), MaxLength(5000)], [strip])


class RegisterForm(FlaskForm):
    """Sign-up form with the password rules of Django's UserCreationForm."""

    username = StringField(
        "Username",
        [
            DataRequired(REQUIRED),
            MaxLength(150),
            Regexp(USERNAME_PATTERN, 0, INVALID_USERNAME),
        ],
        [strip],
    )
    password1 = PasswordField("Password", [DataRequired(REQUIRED)])
    password2 = PasswordField("Password confirmation", [DataRequired(REQUIRED)])

    def validate_username(self, field):
        """Reject a username that is already taken."""
        if not field.errors and username_taken(field.data):
            raise ValidationError(DUPLICATE_USERNAME)

    def validate(self, extra_validators=None):
        """Check both passwords match, then the password rules."""
        valid = super().validate(extra_validators)
        first, second = self.password1.data, self.password2.data
        if first and second:
            # Like Django, report both checks under the confirmation field.
            problems = (
                [PASSWORD_MISMATCH] if first != second else password_problems(second)
            )
            self.password2.errors.extend(problems)
            valid = valid and not problems
        return valid


class LoginForm(FlaskForm):
    """Username and password; a valid form has found the user in self.user."""

    username = StringField(
        "Username", [DataRequired(REQUIRED), MaxLength(150)], [strip]
    )
    password = PasswordField("Password", [DataRequired(REQUIRED)])
    user = None

    def validate(self, extra_validators=None):
        """Authenticate the credentials, like Django's AuthenticationForm.clean()."""
        if not super().validate(extra_validators):
            return False
        user = db.session.execute(
            db.select(User).filter_by(username=self.username.data)
        ).scalar_one_or_none()
        if user is None:
            # Hash anyway, as Django's ModelBackend does, so the response time does
            # not tell which usernames exist.
            check_password_hash(dummy_password_hash(), self.password.data)
        if (
            user is None
            or not user.is_active
            or not user.check_password(self.password.data)
        ):
            self.form_errors.append(
                "Please enter a correct username and password. Note that both "
                "fields may be case-sensitive."
            )
            return False
        self.user = user
        return True
