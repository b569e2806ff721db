"""Contact, note and account forms.

Twin: django_app/notes/forms.py and django_app/accounts/forms.py.
"""

from functools import cache

from flask_wtf import FlaskForm
from werkzeug.security import check_password_hash, generate_password_hash
from wtforms import EmailField, PasswordField, StringField, TextAreaField
from wtforms.validators import DataRequired, Email, ValidationError

from .extensions import db
from .models import User
from .validators import (
    DUPLICATE_USERNAME,
    INVALID_EMAIL,
    PASSWORD_MISMATCH,
    REQUIRED,
    USERNAME_FILTERS,
    no_null_characters,
    password_problems,
    required_text,
    strip,
    username_rules,
    username_taken,
)

# The attributes Django's widgets put on these inputs, so the pages match:
# Textarea's default size, and the hints UsernameField and the password fields
# give browsers and password managers.
TEXTAREA = {"cols": 40, "rows": 10}
USERNAME_INPUT = {
    "autofocus": True,
    "autocapitalize": "none",
    "autocomplete": "username",
}


@cache
def dummy_password_hash():
    """Return a hash to check against when the username does not exist."""
    return generate_password_hash("not anyone's password")


def password_field(label, autocomplete):
    """Return a required password field with the autocomplete hint Django sets."""
    return PasswordField(
        label,
        [DataRequired(REQUIRED), no_null_characters],
        render_kw={"autocomplete": autocomplete},
    )


class ContactForm(FlaskForm):
    """A plain form: the view stores its data itself."""

    name = StringField("Name", required_text(100), [strip])
    email = EmailField("Email", required_text(254) + [Email(INVALID_EMAIL)], [strip])
    message = TextAreaField("Message", required_text(2000), [strip], render_kw=TEXTAREA)


class NoteForm(FlaskForm):
    """Title and body of a note; the view sets the author."""

    title = StringField("Title", required_text(100), [strip])
    body = TextAreaField("Body", required_text(5000), [strip], render_kw=TEXTAREA)


class RegisterForm(FlaskForm):
    """Sign-up form with the password rules of Django's UserCreationForm."""

    username = StringField(
        "Username", username_rules(), USERNAME_FILTERS, render_kw=USERNAME_INPUT
    )
    password1 = password_field("Password", "new-password")
    password2 = password_field("Password confirmation", "new-password")

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

    # Django's AuthenticationForm normalises the username too (NFKC).
    username = StringField(
        "Username", required_text(150), USERNAME_FILTERS, render_kw=USERNAME_INPUT
    )
    password = password_field("Password", "current-password")
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
