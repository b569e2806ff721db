"""The admin pages of notes and contact messages. Twin: flask_app/notes/admin.py."""

from django.contrib import admin

from config.admin import CheckedIdsMixin

from .models import ContactMessage, Note


@admin.register(Note)
class NoteAdmin(CheckedIdsMixin, admin.ModelAdmin):
    """List, search, filter, create, edit and delete notes."""

    list_display = ["title", "author", "created_at"]
    search_fields = ["title"]
    list_filter = ["author"]
    # Join the authors into the list query instead of one query per row.
    list_select_related = ["author"]
    fields = ["title", "body", "author", "created_at", "updated_at"]
    readonly_fields = ["created_at", "updated_at"]


@admin.register(ContactMessage)
class ContactMessageAdmin(CheckedIdsMixin, admin.ModelAdmin):
    """Show contact messages; nobody adds, changes or deletes them here."""

    list_display = ["name", "email", "created_at"]
    search_fields = ["name", "email"]

    def has_add_permission(self, request):
        """Refuse adding: messages come only from the contact form."""
        return False

    def has_change_permission(self, request, obj=None):
        """Refuse changing, so the admin shows messages read-only."""
        return False

    def has_delete_permission(self, request, obj=None):
        """Refuse deleting, as the Flask twin's read-only view does."""
        return False
