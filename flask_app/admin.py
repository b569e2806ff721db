"""The admin site, Flask-Admin behind the app's own sign-in.

Twin: django_app/notes/admin.py (with django.contrib.admin's built-in UserAdmin).
"""

import re

from flask import abort
from flask_admin import Admin, AdminIndexView
from flask_admin.actions import action
from flask_admin.contrib.sqla import ModelView
from flask_admin.menu import MenuLink
from flask_admin.theme import Bootstrap4Theme
from flask_login import current_user
from wtforms import PasswordField
from wtforms.validators import Email, Optional, Regexp

from .extensions import db, login_manager
from .models import MAX_ID, ContactMessage, Note, User
from .validators import (
    INVALID_EMAIL,
    INVALID_USERNAME,
    REQUIRED,
    USERNAME_PATTERN,
    password_problems,
    strip,
)


def is_staff():
    """Return True when the signed-in user may use the admin site."""
    return (
        current_user.is_authenticated
        and current_user.is_active
        and current_user.is_staff
    )


def is_valid_id(value):
    """Return True when value is the text of an id a row could have."""
    return bool(re.fullmatch(r"[0-9]+", value or "")) and int(value) <= MAX_ID


class StaffOnly:
    """Let staff in; send visitors to sign in and answer 403 to everyone else."""

    # Flask-Admin lets anyone in and leaves access control to the app; Django's
    # admin checks is_active and is_staff itself.
    def is_accessible(self):
        return is_staff()

    def inaccessible_callback(self, name, **kwargs):
        if current_user.is_authenticated:
            abort(403)
        # The same redirect as @login_required: /accounts/login/?next=<this page>.
        return login_manager.unauthorized()


class StaffIndexView(StaffOnly, AdminIndexView):
    """The admin home page, which Flask-Admin would otherwise show to anyone."""


class StaffModelView(StaffOnly, ModelView):
    """A model view for staff only."""

    page_size = 20

    # Flask-Admin hands ids from the URL or form to the database as strings.
    # SQLite shrugs; PostgreSQL answers "abc" or a huge number with an error (a
    # 500), and psycopg 3 even refuses to compare a string with an INTEGER
    # column, which breaks bulk delete outright. So ids are checked and turned
    # into numbers first.
    def get_one(self, id):
        """Return the row with this id, or None when the id is not a valid id."""
        return super().get_one(id) if is_valid_id(id) else None

    @action("delete", "Delete", "Are you sure you want to delete selected records?")
    def action_delete(self, ids):
        """Delete the selected rows (the bulk action), by their numeric ids."""
        return super().action_delete([int(id) for id in ids if is_valid_id(id)])


class NoteAdmin(StaffModelView):
    """Notes: list, search by title, filter by author, create, edit, delete."""

    column_list = ["title", "author", "created_at"]
    column_labels = {"created_at": "Created", "author.username": "Author"}
    column_default_sort = ("created_at", True)
    column_searchable_list = ["title"]
    # Django's list_filter lists the authors; Flask-Admin filters on a column of
    # the related table, chosen by operation ("equals", "contains", …).
    column_filters = ["author.username"]
    form_columns = ["title", "body", "author"]
    # Django's admin form strips whitespace like every Django CharField.
    form_args = {"title": {"filters": [strip]}, "body": {"filters": [strip]}}


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
    # password_hash is never a form field: Django's UserAdmin does the same.
    form_extra_fields = {"password": PasswordField("Password")}
    form_args = {
        "username": {
            "filters": [strip],
            "validators": [Regexp(USERNAME_PATTERN, 0, INVALID_USERNAME)],
        },
        "email": {"filters": [strip], "validators": [Optional(), Email(INVALID_EMAIL)]},
    }

    def on_form_prefill(self, form, id):
        """Tell the editor how the current password is stored."""
        user = db.session.get(User, id)
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
            problems = [REQUIRED]
        form.password.errors = list(form.password.errors) + problems
        return valid and not problems

    def on_model_change(self, form, model, is_created):
        """Hash a newly typed password before the user is saved."""
        if form.password.data:
            model.set_password(form.password.data)


class ContactMessageAdmin(StaffModelView):
    """Contact messages: read-only, like a Django ModelAdmin with view permission."""

    can_create = False
    can_edit = False
    can_delete = False
    can_view_details = True
    column_list = ["name", "email", "created_at"]
    column_labels = {"created_at": "Sent"}
    column_default_sort = ("created_at", True)
    column_searchable_list = ["name", "email", "message"]


def init_app(app):
    """Mount the admin site at /admin/ on app."""
    admin = Admin(
        app,
        name="Notes admin",
        theme=Bootstrap4Theme(),
        index_view=StaffIndexView(url="/admin"),
    )
    # Flask-Admin 2 takes the Flask-SQLAlchemy object (not db.session).
    admin.add_view(NoteAdmin(Note, db, name="Notes"))
    admin.add_view(UserAdmin(User, db, name="Users"))
    admin.add_view(ContactMessageAdmin(ContactMessage, db, name="Contact messages"))
    admin.add_link(MenuLink(name="View site", endpoint="notes.home"))
    return admin
