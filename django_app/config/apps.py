"""The admin app with the project's own site. Twin: Admin(...) in create_app()."""

from django.contrib.admin.apps import AdminConfig


class NotesAdminConfig(AdminConfig):
    """django.contrib.admin, with NotesAdminSite as admin.site."""

    default_site = "config.admin.NotesAdminSite"
