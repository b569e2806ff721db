"""The project's URL table. Twin: register_blueprint() in flask_app/__init__.py."""

from django.contrib import admin
from django.urls import include, path

# Django calls handler404 for every Http404 while DEBUG is off; this one
# answers JSON under /api/, as the Flask twin's 404 error handler does.
handler404 = "notes.api.page_not_found"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("", include("notes.urls")),
]
