"""Which `next` a sign-in may follow: a path on this site, nothing else.

Twin: django.utils.http.url_has_allowed_host_and_scheme(), which Django's
LoginView calls for us. Flask-Login adds ?next= to the sign-in redirect and
leaves checking it to the app: followed as it comes, it is an open redirect.
"""

import unicodedata
from urllib.parse import urlsplit


def is_safe_next(target):
    """Return True when target is a path on this site, safe to redirect to."""
    # Only a plain path is accepted: "//host" and "/\host" are other sites to
    # browsers, and browsers drop control characters that would hide a scheme.
    # Django also accepts an absolute URL on the request's own host.
    if not target or not target.startswith("/") or target.startswith("//"):
        return False
    if "\\" in target:
        return False
    if any(unicodedata.category(char).startswith("C") for char in target):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc
