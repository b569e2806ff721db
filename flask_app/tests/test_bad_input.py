"""Request bodies a form cannot use: too big, files, nameless parts, charsets.

Twin: django_app/notes/tests/test_bad_input.py.
"""

import io
import re
from urllib.parse import urlencode

from flask_app.notes.models import ContactMessage

from .helpers import count_rows

CONTACT = {"name": "Zoe", "email": "zoe@example.com", "message": "Hi"}
LIMIT = 2_621_440  # MAX_CONTENT_LENGTH, Django's DATA_UPLOAD_MAX_MEMORY_SIZE


def test_oversized_body_is_413(client, database):
    """A body over 2.5 MB is refused with 413 before any form reads it."""
    response = client.post("/contact/", data=CONTACT | {"message": "x" * (LIMIT + 1)})
    assert response.status_code == 413
    assert count_rows(ContactMessage) == 0


def test_oversized_upload_is_413_before_the_csrf_check(csrf_app, database):
    """A big upload without a CSRF token is a 413 too: the size is checked first."""
    upload = {"file": (io.BytesIO(b"x" * (LIMIT + 1)), "big.bin")}
    assert csrf_app.test_client().post("/contact/", data=upload).status_code == 413


def test_text_field_sent_as_a_file(client, database):
    """A message uploaded as a file is a missing message: the form error, no 500."""
    data = CONTACT | {"message": (io.BytesIO(b"Hi"), "message.txt")}
    response = client.post("/contact/", data=data)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert re.findall(r'<ul class="errorlist" id="(\w+)"><li>([^<]*)</li>', html) == [
        ("id_message_error", "This field is required.")
    ]
    assert count_rows(ContactMessage) == 0


def test_nameless_multipart_part(client, database):
    """A multipart part without a name is a 400 (it was a 500 in Flask-WTF's check)."""
    body = (
        b"--B\r\nContent-Disposition: form-data\r\n\r\nx\r\n"
        b'--B\r\nContent-Disposition: form-data; name="name"\r\n\r\nZoe\r\n--B--\r\n'
    )
    response = client.post(
        "/contact/", data=body, content_type="multipart/form-data; boundary=B"
    )
    assert response.status_code == 400
    assert count_rows(ContactMessage) == 0


def test_non_utf8_charset(csrf_app, database):
    """A form posted urlencoded in another charset is read as UTF-8 all the same."""
    # Werkzeug ignores the charset; Django refuses the body with 400.
    client = csrf_app.test_client()
    html = client.get("/contact/").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', html)[1]
    response = client.post(
        "/contact/",
        data=urlencode(CONTACT | {"name": "Zoé", "csrf_token": token}),
        content_type="application/x-www-form-urlencoded; charset=latin-1",
    )
    assert response.status_code == 302
    assert ContactMessage.query.one().name == "Zoé"
