"""Routes of the pages and the API. Twin: the @bp routes in flask_app/notes/.

One table of routes instead of a decorator on each view. <int:pk> only matches
digits, so /notes/abc/ is a 404 before any view runs.
"""

from django.urls import path

from . import api, views

# The namespace: {% url "notes:home" %} faces url_for("notes.home").
app_name = "notes"

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
]
