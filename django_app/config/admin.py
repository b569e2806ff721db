"""The admin site and the check every model admin adds. Twin: flask_app/admin.py.

Django's admin checks staff status and the ids in its URLs by itself; what the
Flask twin writes for that has no counterpart here. One gap is left: the ids a
bulk action posts reach the database unchecked.
"""

from django.contrib import admin
from django.contrib.admin import helpers
from django.core.exceptions import BadRequest, ValidationError


class NotesAdminSite(admin.AdminSite):
    """Django's admin site under the project's name (config/apps.py installs it)."""

    site_header = "Notes admin"
    site_title = "Notes admin"


class CheckedIdsMixin:
    """Refuse a bulk action on ids that no row could have, with 400."""

    def response_action(self, request, queryset):
        """Check the selected ids, then run the action as ModelAdmin does."""
        # ModelAdmin filters on the posted ids as they come: "x", "1.5" or a
        # number over 64 bits raises in the database, a 500.
        pk = self.model._meta.pk
        try:
            for value in request.POST.getlist(helpers.ACTION_CHECKBOX_NAME):
                pk.clean(value, None)
        except ValidationError:
            raise BadRequest("The selected ids are not ids.") from None
        return super().response_action(request, queryset)
