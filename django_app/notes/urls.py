"""Routes of the pages and the API. Twin: @bp.route in flask_app/notes.py, api.py."""

from django.urls import path, re_path

from . import api, views

# One table of routes instead of a decorator on each view. <int:pk> only
# matches digits, so /notes/abc/ is a 404 before any view runs.
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("about/", views.AboutView.as_view(), name="about"),
    path("contact/", views.ContactView.as_view(), name="contact"),
    path("notes/new/", views.NoteCreateView.as_view(), name="note_create"),
    path("notes/<int:pk>/", views.NoteDetailView.as_view(), name="note_detail"),
    path("notes/<int:pk>/edit/", views.NoteUpdateView.as_view(), name="note_edit"),
    path("notes/<int:pk>/delete/", views.NoteDeleteView.as_view(), name="note_delete"),
    path("api/notes/", api.NoteListApi.as_view(), name="api_note_list"),
    path("api/notes/<int:pk>/", api.NoteDetailApi.as_view(), name="api_note_detail"),
    path("api/whoami/", api.WhoAmIApi.as_view(), name="api_whoami"),
    # Last, so that it only gets what the API routes above leave: every other
    # path under api/ ending in a slash gets the API's JSON 404, with DEBUG on
    # too (see api.unmatched). Paths without the slash still reach
    # APPEND_SLASH, so /api/notes is redirected to /api/notes/ as before.
    re_path(r"^api/(?:.*/)?$", api.unmatched),
]
