"""The servers themselves: what each one says it is, and what DEBUG shows.

Under `--mode dev` each app runs on its framework's own development server
(Werkzeug for Flask, Django's runserver), with DEBUG on; under `--mode prod`
both run on gunicorn with DEBUG off. Django with DEBUG on answers an unknown URL
with its technical 404 page instead of the site's; Flask always uses the
site's error handler.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
import requests

from harness.observations import Observe
from harness.target import Target
from helpers.layout import error_page_kind
from helpers.pages import soup


def test_server_header(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """The Server header names the server of the mode (version left out)."""
    resp = client.get(target.url("/"), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK
    product = resp.headers.get("Server", "(none)").split("/")[0].split(" ")[0]
    assert product == target.profile.server_header[target.mode]
    observe("1. Development server — Server header", product, per_mode=True)


@pytest.mark.parametrize("path", ["/no-such-page/", "/notes/999999/"])
def test_404_page(
    target: Target, client: requests.Session, observe: Observe, path: str
) -> None:
    """A 404 is the site's own page, except Django's debug page with DEBUG on."""
    resp = client.get(target.url(path), allow_redirects=False)
    assert resp.status_code == HTTPStatus.NOT_FOUND
    assert resp.headers["Content-Type"].startswith("text/html")
    expected = target.profile.dev_404_page if target.mode == "dev" else "site page"
    kind = error_page_kind(resp)
    assert kind == expected
    if kind == "site page":
        page = soup(resp)
        assert [h1.get_text(strip=True) for h1 in page.find_all("h1")] == [
            "Page not found"
        ]
    if path == "/no-such-page/":
        observe("1. Development server — 404 page", kind, per_mode=True)


def test_debug_details_only_on_the_debug_page(
    target: Target, client: requests.Session
) -> None:
    """Settings and URL patterns show only on a debug page (never with DEBUG off)."""
    resp = client.get(target.url("/no-such-page/"), allow_redirects=False)
    leaks = ["Traceback", "URLconf", "DEBUG = True", "Werkzeug Debugger"]
    found = [leak for leak in leaks if leak in resp.text]
    assert bool(found) == (error_page_kind(resp) == "debug page")
