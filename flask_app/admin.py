"""The admin site, Flask-Admin behind the app's own sign-in: setup, notes, messages.

Twin: django_app/notes/admin.py (with django.contrib.admin's built-in UserAdmin,
whose Flask counterpart is admin_users.py).
"""

from flask_admin import Admin
from flask_admin.menu import MenuLink
from flask_admin.theme import Bootstrap4Theme

from .admin_access import StaffIndexView, StaffModelView
from .admin_users import UserAdmin
from .extensions import db
from .forms import NoteForm
from .models import ContactMessage, Note, User


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
    # Django's admin builds its form from the model, so it checks what the note
    # form checks. Flask-Admin's form from the columns would take "   " (its
    # required check runs before the strip) or a 6000-character body, so it
    # uses the note form's own fields: stripped, required, limited, no NUL.
    form_extra_fields = {"title": NoteForm.title, "body": NoteForm.body}


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
