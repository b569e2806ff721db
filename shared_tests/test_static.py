"""Static files: content types, identical bytes in both apps, conditional GETs.

Flask serves /static/ through its own route (send_file: ETag, Last-Modified,
Cache-Control no-cache); the Django twin serves them through WhiteNoise, under
runserver and gunicorn alike. The headers each one sends are recorded.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
import requests
from harness import Target
from observations import Observe, status
from pages import new_session, soup

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
    """Record the caching headers of the stylesheet (they depend on the server mode)."""
    resp = fetch(client, target, "/static/css/style.css")
    headers = resp.headers
    validators = [name for name in ("ETag", "Last-Modified") if name in headers]
    # At least one validator, so that a browser can revalidate instead of refetch.
    assert validators
    observe("7. Static files — validators", " + ".join(validators))
    observe(
        "7. Static files — Cache-Control",
        headers.get("Cache-Control", "(none)"),
        per_mode=True,
    )


def test_conditional_get_with_etag(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """If-None-Match with the ETag gets 304 and no body (when an ETag is sent)."""
    resp = fetch(client, target, "/static/css/style.css")
    etag = resp.headers.get("ETag")
    if etag is None:
        observe("7. Static files — If-None-Match", "no ETag to send")
        return
    again = client.get(
        target.url("/static/css/style.css"),
        headers={"If-None-Match": etag},
        allow_redirects=False,
    )
    assert again.status_code == HTTPStatus.NOT_MODIFIED
    assert again.content == b""
    observe("7. Static files — If-None-Match", status(again.status_code))
    changed = client.get(
        target.url("/static/css/style.css"),
        headers={"If-None-Match": '"something-else"'},
        allow_redirects=False,
    )
    assert changed.status_code == HTTPStatus.OK
    assert changed.content == resp.content


def test_conditional_get_with_last_modified(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """If-Modified-Since with Last-Modified gets 304 and no body (when it is sent)."""
    resp = fetch(client, target, "/static/css/style.css")
    modified = resp.headers.get("Last-Modified")
    if modified is None:
        observe("7. Static files — If-Modified-Since", "no Last-Modified to send")
        return
    again = client.get(
        target.url("/static/css/style.css"),
        headers={"If-Modified-Since": modified},
        allow_redirects=False,
    )
    assert again.status_code == HTTPStatus.NOT_MODIFIED
    assert again.content == b""
    observe("7. Static files — If-Modified-Since", status(again.status_code))
    older = client.get(
        target.url("/static/css/style.css"),
        headers={"If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"},
        allow_redirects=False,
    )
    assert older.status_code == HTTPStatus.OK
    assert older.content == resp.content
