"""The registration and sign-in forms. Twin: django_app/accounts/forms.py.

Django's UserCreationForm and AuthenticationForm come with django.contrib.auth;
here both are written with WTForms.
"""

from functools import cache

from werkzeug.security import check_password_hash, generate_password_hash
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo

from ..extensions import db
from ..forms import TextForm, no_null_characters
from .models import User
from .validators import (
    USERNAME_FILTERS,
    password_rules,
    unique_username,
    username_rules,
)

# Parity: the hints Django's UsernameField and password fields give browsers and
# password managers; WTForms renders none by itself.
USERNAME_INPUT = {
    "autofocus": True,
    "autocapitalize": "none",
    "autocomplete": "username",
}
WRONG_CREDENTIALS = "Invalid username or password."


@cache
def dummy_password_hash():
    """Return a hash to check against when the username does not exist."""
    return generate_password_hash("not anyone's password")


class RegisterForm(TextForm):
    """Sign up: a new username and the password twice."""

    username = StringField(
        "Username",
        username_rules() + [unique_username],
        USERNAME_FILTERS,
        render_kw=USERNAME_INPUT,
    )
    password1 = PasswordField(
        "Password",
        [DataRequired(), no_null_characters, password_rules],
        render_kw={"autocomplete": "new-password"},
    )
    password2 = PasswordField(
        "Password confirmation",
        [DataRequired(), EqualTo("password1")],
        render_kw={"autocomplete": "new-password"},
    )


class LoginForm(TextForm):
    """Username and password; a valid form has found the user in self.user."""

    username = StringField(
        "Username",
        [DataRequired(), no_null_characters],
        USERNAME_FILTERS,
        render_kw=USERNAME_INPUT,
    )
    password = PasswordField(
        "Password", [DataRequired()], render_kw={"autocomplete": "current-password"}
    )
    user = None

    def validate(self, extra_validators=None):
        """Check the credentials, as Django's AuthenticationForm.clean() does."""
        if not super().validate(extra_validators):
            return False
        user = db.session.execute(
            db.select(User).filter_by(username=self.username.data)
        ).scalar_one_or_none()
        if user is None:
            # Parity: hash anyway, as Django's ModelBackend does, so the response
            # time does not tell which usernames exist.
            check_password_hash(dummy_password_hash(), self.password.data)
        elif user.is_active and user.check_password(self.password.data):
            self.user = user
            return True
        self.form_errors.append(WRONG_CREDENTIALS)
        return False
