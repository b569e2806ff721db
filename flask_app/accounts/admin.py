"""The admin's user view: passwords typed in clear, stored hashed, never shown.

Twin: django_app/accounts/admin.py, which extends Django's built-in UserAdmin.
"""

from wtforms import EmailField, PasswordField, StringField
from wtforms.validators import Email, Length, Optional

from ..admin import StaffModelView
from ..extensions import db
from ..forms import no_null_characters, strip
from .models import User
from .validators import (
    USERNAME_FILTERS,
    password_problems,
    unique_username,
    username_rules,
)


def password_summary(user):
    """Describe how user's password is stored: the scheme, never the hash."""
    if not user.password_hash:
        return "No password set."
    return f"algorithm: {user.password_hash.split(':', 1)[0]}"


class UserAdmin(StaffModelView):
    """Users: the password is typed in clear, stored hashed, never shown."""

    column_list = ["username", "email", "is_staff", "is_superuser", "is_moderator"]
    column_searchable_list = ["username", "email"]
    column_filters = ["is_staff", "is_superuser", "is_moderator", "is_active"]
    column_details_list = [
        "username", "email", "password_hash", "is_active", "is_staff",
        "is_superuser", "is_moderator", "date_joined",
    ]  # fmt: skip
    column_labels = {"password_hash": "Password"}
    column_formatters_detail = {
        "password_hash": lambda view, context, user, name: password_summary(user)
    }
    can_view_details = True
    form_columns = [
        "username", "email", "password", "is_active", "is_staff",
        "is_superuser", "is_moderator",
    ]  # fmt: skip
    # Django's UserAdmin forms use the username and email rules of its User model;
    # Flask-Admin would build these fields from the columns with its own checks,
    # so they are written out here. Neither shows password_hash as a field.
    form_extra_fields = {
        "username": StringField(
            "Username", username_rules() + [unique_username], USERNAME_FILTERS
        ),
        "email": EmailField(
            "Email",
            [Optional(), no_null_characters, Length(max=254), Email()],
            [strip],
        ),
        "password": PasswordField("Password", [no_null_characters]),
    }

    def on_form_prefill(self, form, id):
        """Tell the editor how the current password is stored."""
        user = db.session.get(User, int(id))
        form.password.description = (
            f"{password_summary(user)}. Leave blank to keep the current password."
        )

    def validate_form(self, form):
        """Require a valid password for a new user; blank keeps it on edit."""
        valid = super().validate_form(form)
        if not hasattr(form, "password"):
            return valid  # The delete form.
        password = form.password.data or ""
        creating = getattr(form, "_obj", None) is None
        problems = password_problems(password) if password else []
        if creating and not password:
            problems = ["This field is required."]
        form.password.errors = list(form.password.errors) + problems
        return valid and not problems

    def on_model_change(self, form, model, is_created):
        """Hash a newly typed password (which also ends the user's sessions)."""
        if form.password.data:
            model.set_password(form.password.data)


def register(admin):
    """Add the user view to the admin site."""
    admin.add_view(UserAdmin(User, db, name="Users"))
