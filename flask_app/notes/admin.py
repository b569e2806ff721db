"""The admin views of notes and contact messages. Twin: django_app/notes/admin.py."""

from ..admin import StaffModelView
from ..extensions import db
from .forms import NoteForm
from .models import ContactMessage, Note


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
    column_searchable_list = ["name", "email"]


def register(admin):
    """Add the notes' views to the admin site, as @admin.register does in Django."""
    admin.add_view(NoteAdmin(Note, db, name="Notes"))
    admin.add_view(ContactMessageAdmin(ContactMessage, db, name="Contact messages"))
