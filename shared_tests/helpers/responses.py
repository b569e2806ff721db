"""Reading response headers: where a redirect leads, what cookies are set.

A Location header is compared only after urljoin against the app's base URL
(Flask sends absolute URLs, Django paths), and its query only after parse_qs.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urljoin, urlsplit

import requests

from harness.observations import status
from harness.target import Target


def absolute(target: Target | str, location: str) -> str:
    """A Location header made absolute against the app's base URL."""
    base = target if isinstance(target, str) else target.base_url
    return urljoin(base.rstrip("/") + "/", location)


def redirect_target(target: Target, resp: requests.Response) -> str:
    """The absolute URL a redirect points to (the Location header is required)."""
    location = resp.headers.get("Location")
    assert location, f"{resp.status_code} without a Location header"
    return absolute(target, location)


def query(location: str) -> dict[str, list[str]]:
    """The query string of a URL, as parse_qs returns it."""
    return parse_qs(urlsplit(location).query, keep_blank_values=True)


def is_absolute(location: str) -> bool:
    """Whether a Location header carries a scheme and host."""
    parts = urlsplit(location)
    return bool(parts.scheme and parts.netloc)


def set_cookies(resp: requests.Response) -> dict[str, dict[str, str]]:
    """The cookies a response sets, each with its attributes (names lowercased).

    Read from the raw Set-Cookie headers: the cookie jar drops SameSite.
    """
    cookies: dict[str, dict[str, str]] = {}
    for header in resp.raw.headers.getlist("Set-Cookie"):
        pairs = [part.strip() for part in header.split(";")]
        name, _, value = pairs[0].partition("=")
        attributes = {"value": value}
        for pair in pairs[1:]:
            key, _, attr = pair.partition("=")
            attributes[key.strip().lower()] = attr.strip()
        cookies[name.strip()] = attributes
    return cookies


def shown(target: Target, response: requests.Response) -> str:
    """A response as recorded: its status, and where a redirect leads."""
    text = status(response.status_code)
    location = response.headers.get("Location")
    if location:
        text += " → " + location.removeprefix(target.base_url)
    return text
