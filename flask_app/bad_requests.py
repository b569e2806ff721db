"""Refuse request bodies that cannot be read as a form, with 400.

Twin: Django's request parsing (MultiPartParser, UnreadablePostError), which
answers these with 400 or an empty form before any view runs.
"""

from flask import abort, request
from werkzeug.exceptions import HTTPException


def refuse_unreadable_forms():
    """Abort with 400 when the body cannot be read or has a part without a name."""
    # Flask-WTF's CSRF check runs before every POST view and reads request.form.
    # A multipart part without a name reaches it as a None key, which it calls
    # endswith() on; a malformed chunked body raises from the server's reader
    # of the body: an OSError under Werkzeug's dev server, gunicorn's
    # InvalidChunkSize (a ParseException) under gunicorn. Both were 500s.
    # Werkzeug's own refusals (413 for a body over MAX_CONTENT_LENGTH) are HTTP
    # errors already and pass through.
    if request.method not in ("POST", "PUT", "PATCH", "DELETE"):
        return
    try:
        names = list(request.form) + list(request.files)
    except HTTPException:
        raise
    except Exception:
        abort(400)
    if None in names:
        abort(400)


def init_app(app):
    """Register the check; it must run before CSRFProtect's own hook."""
    app.before_request(refuse_unreadable_forms)
