"""The read-only JSON API. Twin: django_app/notes/api.py."""

from flask import Blueprint, jsonify, request, url_for
from flask_login import current_user

from .extensions import db
from .models import Note, iso_utc
from .notes import notes_page

bp = Blueprint("api", __name__, url_prefix="/api")


def note_to_dict(note):
    """Return note as the API's JSON object."""
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
    """Return what this view sees of the current request and user."""
    # No argument needed: Flask's request and current_user are context-local
    # proxies bound to the request being handled. Django passes the request in,
    # and its twin of this helper takes it as a parameter.
    signed_in = current_user.is_authenticated
    return {
        "authenticated": signed_in,
        "username": current_user.username if signed_in else None,
        "is_staff": bool(signed_in and current_user.is_staff),
        "method": request.method,
        "path": request.path,
        "user_agent": request.headers.get("User-Agent", ""),
        "remote_addr": request.remote_addr,
    }


@bp.get("/notes/")
def note_list():
    """List the newest notes, ten a page, with the totals."""
    page = notes_page()
    return jsonify(
        count=page.total,
        page=page.page,
        # An empty list still has one (empty) page, as in Django's Paginator.
        pages=max(page.pages, 1),
        notes=[note_to_dict(note) for note in page.items],
    )


@bp.get("/notes/<int:note_id>/")
def note_detail(note_id):
    """Show one note."""
    return jsonify(note_to_dict(db.get_or_404(Note, note_id)))


@bp.get("/whoami/")
def whoami():
    """Echo the request as this view sees it."""
    return jsonify(describe_request())
