"""Static files: content types, identical bytes in both apps, conditional GETs.

Flask serves /static/ through its own route (send_file: ETag, Last-Modified,
Cache-Control no-cache); the Django twin serves them through WhiteNoise, under
runserver and gunicorn alike. The headers each one sends are recorded.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
import requests

from harness.observations import Observe, status
from harness.target import Target
from helpers.client import new_session
from helpers.pages import soup

# Both apps send both validators with a static file.
STATIC_VALIDATORS = ("ETag", "Last-Modified")
ASSETS = {
    "/static/css/style.css": "text/css",
    "/static/img/logo.svg": "image/svg+xml",
}


def fetch(client: requests.Session, target: Target, path: str) -> requests.Response:
    resp = client.get(target.url(path), allow_redirects=False)
    assert resp.status_code == HTTPStatus.OK, f"{path}: {resp.status_code}"
    return resp


@pytest.mark.parametrize(("path", "mimetype"), ASSETS.items())
def test_asset_is_served_with_its_type(
    target: Target, client: requests.Session, observe: Observe, path: str, mimetype: str
) -> None:
    """Each asset answers 200 with its media type and a non-empty body."""
    resp = fetch(client, target, path)
    content_type = resp.headers["Content-Type"]
    assert content_type.split(";")[0].strip() == mimetype
    assert resp.content
    assert int(resp.headers["Content-Length"]) == len(resp.content)
    observe(f"7. Static files — Content-Type of {path.rsplit('/', 1)[1]}", content_type)


def test_asset_contents(target: Target, client: requests.Session) -> None:
    """The stylesheet is CSS and the logo an SVG image."""
    css = fetch(client, target, "/static/css/style.css").text
    assert "{" in css and "}" in css
    svg = fetch(client, target, "/static/img/logo.svg").text
    assert "<svg" in svg and "</svg>" in svg


@pytest.mark.parametrize("path", list(ASSETS))
def test_same_bytes_as_the_twin(
    target: Target, twin: Target, client: requests.Session, path: str
) -> None:
    """Both apps serve byte-for-byte the same file."""
    with new_session() as other:
        theirs = other.get(twin.url(path), allow_redirects=False)
    assert theirs.status_code == HTTPStatus.OK
    assert fetch(client, target, path).content == theirs.content


def test_pages_link_the_served_assets(target: Target, client: requests.Session) -> None:
    """The stylesheet, icon and logo the home page links to are all served."""
    page = soup(client.get(target.url("/"), allow_redirects=False))
    links = [
        *(str(link["href"]) for link in page.select("head link[href]")),
        *(str(img["src"]) for img in page.select("img[src]")),
    ]
    assert set(links) == set(ASSETS)
    for link in links:
        fetch(client, target, link)


def test_missing_asset_is_404(target: Target, client: requests.Session) -> None:
    """An asset that does not exist is 404."""
    resp = client.get(target.url("/static/css/missing.css"), allow_redirects=False)
    assert resp.status_code == HTTPStatus.NOT_FOUND


def test_cache_headers(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """The stylesheet carries both validators (so a browser can revalidate instead
    of refetch); its Cache-Control, which depends on the mode, is recorded."""
    headers = fetch(client, target, "/static/css/style.css").headers
    validators = [name for name in ("ETag", "Last-Modified") if name in headers]
    observe("7. Static files — validators", " + ".join(validators) or "none")
    assert tuple(validators) == STATIC_VALIDATORS
    observe(
        "7. Static files — Cache-Control",
        headers.get("Cache-Control", "(none)"),
        per_mode=True,
    )


# validator -> (the request header that sends it back, a value that never matches)
CONDITIONS = {
    "ETag": ("If-None-Match", '"something-else"'),
    "Last-Modified": ("If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT"),
}


def check_conditional_get(
    client: requests.Session, target: Target, observe: Observe, validator: str
) -> None:
    """Sending the validator back gets 304 and no body, a stale one the file."""
    condition, stale = CONDITIONS[validator]
    resp = fetch(client, target, "/static/css/style.css")
    value = resp.headers.get(validator)
    assert value is not None, f"no {validator} to send back"
    again = client.get(
        target.url("/static/css/style.css"),
        headers={condition: value},
        allow_redirects=False,
    )
    observe(f"7. Static files — {condition}", status(again.status_code))
    assert again.status_code == HTTPStatus.NOT_MODIFIED
    assert again.content == b""
    changed = client.get(
        target.url("/static/css/style.css"),
        headers={condition: stale},
        allow_redirects=False,
    )
    assert changed.status_code == HTTPStatus.OK
    assert changed.content == resp.content


def test_conditional_get_with_etag(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """If-None-Match with the ETag gets 304 and no body; a different one the file."""
    check_conditional_get(client, target, observe, "ETag")


def test_conditional_get_with_last_modified(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """If-Modified-Since with Last-Modified gets 304 and no body; an older date
    the file."""
    check_conditional_get(client, target, observe, "Last-Modified")
