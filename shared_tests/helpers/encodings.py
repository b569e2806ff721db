"""One form, posted in the ways a client may encode it.

A browser sends a form urlencoded (UTF-8) or as multipart/form-data; other
clients also send a text field as a file upload, name a charset the frameworks
do not take, or add a multipart part without a name. Each body is built here
(multipart with urllib3's encoder, the one requests uses) and posted as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import urlencode

import requests
from urllib3.fields import RequestField
from urllib3.filepost import encode_multipart_formdata

from harness.target import Target

URLENCODED = "urlencoded"
MULTIPART = "multipart"
FIELD_AS_FILE = "a field as a file"
# "utf8" is not "utf-8": Django refuses an urlencoded body in any other charset.
ODD_CHARSET = "urlencoded, charset=utf8"
ENCODINGS = (URLENCODED, MULTIPART, FIELD_AS_FILE, ODD_CHARSET)

FORM_TYPE = "application/x-www-form-urlencoded"

# The two nameless parts a client can send: curl -F "=x" names it "", and a
# hand-written body may leave the name out of Content-Disposition altogether.
EMPTY_NAME = 'name=""'
NO_NAME = "no name parameter"
NAMELESS = (EMPTY_NAME, NO_NAME)


def text_part(name: str, value: str) -> RequestField:
    """An ordinary multipart field."""
    part = RequestField(name, value)
    part.make_multipart()
    return part


def file_part(name: str, value: str) -> RequestField:
    """A multipart file upload named like a text field, holding value."""
    part = RequestField(name, value.encode(), filename=f"{name}.txt")
    part.make_multipart(content_type="text/plain")
    return part


def nameless_part(variant: str, value: str = "x") -> RequestField:
    """A multipart part without a usable name (one of NAMELESS)."""
    part = text_part("", value)
    if variant == NO_NAME:
        part.headers["Content-Disposition"] = "form-data"
    return part


def multipart(parts: Sequence[RequestField]) -> tuple[bytes, str]:
    """The body and Content-Type of these multipart parts."""
    return encode_multipart_formdata(list(parts))


def encode(
    fields: Mapping[str, str], encoding: str, file_field: str | None = None
) -> tuple[bytes, str]:
    """The body and Content-Type of the form in one of ENCODINGS.

    FIELD_AS_FILE sends file_field as an upload and the others as text.
    """
    if encoding in (URLENCODED, ODD_CHARSET):
        body = urlencode(fields).encode("ascii")
        charset = "; charset=utf8" if encoding == ODD_CHARSET else ""
        return body, FORM_TYPE + charset
    assert encoding in (MULTIPART, FIELD_AS_FILE), encoding
    assert (file_field is not None) == (encoding == FIELD_AS_FILE), file_field
    return multipart(
        [
            file_part(name, value) if name == file_field else text_part(name, value)
            for name, value in fields.items()
        ]
    )


def post_body(
    session: requests.Session,
    target: Target,
    path: str,
    body: tuple[bytes, str],
    headers: Mapping[str, str] | None = None,
) -> requests.Response:
    """POST a ready-made body (bytes and Content-Type) to a path on the app."""
    data, content_type = body
    return session.post(
        target.url(path),
        data=data,
        headers={"Content-Type": content_type, **(headers or {})},
        allow_redirects=False,
    )


def send_form(
    session: requests.Session,
    target: Target,
    path: str,
    fields: Mapping[str, str],
    token: str | None,
    encoding: str,
    file_field: str | None = None,
) -> requests.Response:
    """POST the form with the CSRF token (a text field) in one of ENCODINGS."""
    data = dict(fields)
    if token is not None:
        data[target.profile.csrf_field] = token
    return post_body(session, target, path, encode(data, encoding, file_field))
