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
from .validators import (
    DUPLICATE_USERNAME,
    INVALID_EMAIL,
    INVALID_USERNAME,
    PASSWORD_MISMATCH,
    REQUIRED,
    USERNAME_PATTERN,
    MaxLength,
    no_null_characters,
    password_problems,
    strip,
    username_taken,
)


@cache
def dummy_password_hash():
    """Return a hash to check against when the username does not exist."""
    return generate_password_hash("not anyone's password")


class ContactForm(FlaskForm):
    """A plain form: the view stores its data itself."""

    name = StringField(
        "Name", [DataRequired(REQUIRED), no_null_characters, MaxLength(100)], [strip]
    )
    email = EmailField(
        "Email",
        [
            DataRequired(REQUIRED),
            no_null_characters,
            MaxLength(254),
            Email(INVALID_EMAIL),
        ],
        [strip],
    )
    message = TextAreaField(
        "Message",
        [DataRequired(REQUIRED), no_null_characters, MaxLength(2000)],
        [strip],
    )


class NoteForm(FlaskForm):
    """Title and body of a note; the view sets the author."""

    title = StringField(
        "Title", [DataRequired(REQUIRED), no_null_characters, MaxLength(100)], [strip]
    )
    body = TextAreaField(
        "Body", [DataRequired(REQUIRED), no_null_characters, MaxLength(5000)], [strip]
    )


class RegisterForm(FlaskForm):
    """Sign-up form with the password rules of Django's UserCreationForm."""

    username = StringField(
        "Username",
        [
            DataRequired(REQUIRED),
            no_null_characters,
            MaxLength(150),
            Regexp(USERNAME_PATTERN, 0, INVALID_USERNAME),
        ],
        [strip],
    )
    password1 = PasswordField("Password", [DataRequired(REQUIRED), no_null_characters])
    password2 = PasswordField(
        "Password confirmation", [DataRequired(REQUIRED), no_null_characters]
    )

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
        "Username",
        [DataRequired(REQUIRED), no_null_characters, MaxLength(150)],
        [strip],
    )
    password = PasswordField("Password", [DataRequired(REQUIRED), no_null_characters])
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
