"""The project's URL table. Twin: register_blueprint() in flask_app/__init__.py."""

from django.contrib import admin
from django.urls import include, path, re_path

from . import views

handler404 = "config.views.page_not_found"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("", include("notes.urls")),
    # Last: every other path under api/ ending in a slash gets the API's JSON
    # 404, with DEBUG on too. Paths without the slash still reach APPEND_SLASH,
    # so /api/notes is redirected to /api/notes/.
    re_path(r"^api/(?:.*/)?$", views.api_not_found),
]
