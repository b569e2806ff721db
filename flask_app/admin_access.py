"""Who may use the admin site, and the list and id checks every admin view needs.

Twin: django.contrib.admin itself (AdminSite.has_permission() and ModelAdmin),
which checks staff status and the URL's values with no code in
django_app/notes/admin.py.
"""

import re

from flask import abort, request
from flask_admin import AdminIndexView
from flask_admin.actions import action
from flask_admin.contrib.sqla import ModelView
from flask_login import current_user

from .extensions import login_manager
from .models import MAX_ID


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
