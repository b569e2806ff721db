"""The admin site's rules: staff only, and checked ids. Twin: django.contrib.admin.

Django's AdminSite and ModelAdmin check staff status and the URL's values with
no code in the app; Flask-Admin lets anyone in and hands ids to the database as
they come, so every admin view of the Flask twin starts from these classes.
The models' views are in notes/admin.py and accounts/admin.py.
"""

import re

from flask import abort, request
from flask_admin import AdminIndexView
from flask_admin.actions import action
from flask_admin.contrib.sqla import ModelView
from flask_admin.helpers import is_form_submitted
from flask_login import current_user

from .extensions import login_manager
from .notes.models import MAX_ID


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
    """A model view for staff only, with the checks Django's ModelAdmin makes."""

    page_size = 20

    def create_form(self, obj=None):
        """Build the add form from the submitted text fields only."""
        # Flask-Admin mixes uploaded files into the form data, and a file in a
        # text field breaks WTForms' validators (a 500). As in flask_app/forms.py,
        # a field sent as a file is missing instead, like in Django's admin.
        return self._create_form_class(self.text_data(), obj=obj)

    def edit_form(self, obj=None):
        """Build the change form from the submitted text fields only."""
        return self._edit_form_class(self.text_data(), obj=obj)

    @staticmethod
    def text_data():
        """Return request.form when a form was submitted, else None."""
        return request.form if is_form_submitted() else None

    def _get_list_extra_args(self):
        """Read the list's query string, refusing values the database cannot take."""
        # Flask-Admin hands ?page=, ?search= and the filter values to the database
        # as they come. A huge or negative page becomes an OFFSET that SQLite and
        # PostgreSQL reject, and PostgreSQL refuses text holding a NUL character:
        # each was a 500. Django's admin answers such URLs with a page or a
        # redirect; here a NUL is a 400 and the page number is kept in range (a
        # page past the end is an empty list, as Flask-Admin shows it).
        if any("\x00" in value for _, value in request.args.items(multi=True)):
            abort(400)
        args = super()._get_list_extra_args()
        args.page = min(max(args.page or 0, 0), MAX_ID // self.page_size)
        return args

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
