"""The read-only JSON API. Twin: django_app/notes/api.py."""

from flask import request, url_for
from flask.views import MethodView
from flask_login import current_user

from . import bp
from .filters import iso_utc
from .views import get_note_or_404, notes_page


def note_to_dict(note):
    """Return note as the API shows it, keys in a fixed order."""
    return {
        "id": note.id,
        "title": note.title,
        "body": note.body,
        "author": note.author.username,
        # Flask's JSON encoder would write an HTTP date ("Sun, 01 Nov 2026 …");
        # both apps send ISO 8601 in UTC instead.
        "created_at": iso_utc(note.created_at),
        "url": url_for("notes.note_detail", note_id=note.id),
    }


def describe_request():
    """Return what the view sees of the request and its user."""
    # No argument needed: Flask's request and current_user are context-local
    # proxies bound to the request being handled. Django passes the request in,
    # and its twin of this helper takes it as a parameter.
    signed_in = current_user.is_authenticated
    return {
        "authenticated": signed_in,
        "username": current_user.username if signed_in else None,
        # Flask-Login's anonymous user has no is_staff, unlike Django's.
        "is_staff": signed_in and current_user.is_staff,
        "method": request.method,
        "path": request.path,
        "user_agent": request.headers.get("User-Agent", ""),
        "remote_addr": request.remote_addr,
    }


class NoteListApi(MethodView):
    """List the notes, ten a page, as JSON."""

    def get(self):
        """Return the requested page of notes, or the API's 404."""
        page = notes_page()
        return {
            "count": page.total,
            "page": page.page,
            # An empty list still has one (empty) page, as in Django's Paginator.
            "pages": max(page.pages, 1),
            "notes": [note_to_dict(note) for note in page.items],
        }


class NoteDetailApi(MethodView):
    """Show one note as JSON."""

    def get(self, note_id):
        """Return the note with this id, or the API's 404."""
        return note_to_dict(get_note_or_404(note_id))


class WhoAmIApi(MethodView):
    """Echo the request as this view sees it."""

    def get(self):
        """Return what this view sees of the request."""
        return describe_request()


# Django lists these in notes/urls.py, under the same names.
bp.add_url_rule("/api/notes/", view_func=NoteListApi.as_view("api_note_list"))
bp.add_url_rule(
    "/api/notes/<int:note_id>/", view_func=NoteDetailApi.as_view("api_note_detail")
)
bp.add_url_rule("/api/whoami/", view_func=WhoAmIApi.as_view("api_whoami"))
