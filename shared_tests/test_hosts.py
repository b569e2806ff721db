"""Host header validation: ALLOWED_HOSTS in Django, TRUSTED_HOSTS in Flask.

A Host that is not allowed is refused with 400 by both apps' pages. Static
files differ: WhiteNoise answers before Django checks the host, while Flask
checks it for its static route too; the profile says which status to expect.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
import requests

from harness.observations import Observe, status
from harness.target import Target


@pytest.mark.parametrize("path", ["/", "/contact/", "/api/whoami/"])
def test_foreign_host_header(
    target: Target, client: requests.Session, observe: Observe, path: str
) -> None:
    """A Host that is not in ALLOWED_HOSTS is refused with 400."""
    resp = client.get(
        target.url(path), headers={"Host": "evil.example"}, allow_redirects=False
    )
    assert resp.status_code == HTTPStatus.BAD_REQUEST
    assert "evil.example" not in resp.headers.get("Location", "")
    if path == "/":
        observe("13. Security — foreign Host header", status(resp.status_code))


def test_foreign_host_on_a_static_file(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """A static file with a foreign Host gets the profile's status (WhiteNoise
    serves it before any host check; Flask refuses it)."""
    resp = client.get(
        target.url("/static/css/style.css"),
        headers={"Host": "evil.example"},
        allow_redirects=False,
    )
    observe("13. Security — foreign Host on a static file", status(resp.status_code))
    assert resp.status_code == target.profile.static_foreign_host_status


def test_allowed_host_names(target: Target, client: requests.Session) -> None:
    """The hosts in ALLOWED_HOSTS (localhost, 127.0.0.1, with the port) are served."""
    port = target.base_url.rsplit(":", 1)[1]
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", "localhost"):
        resp = client.get(
            target.url("/"), headers={"Host": host}, allow_redirects=False
        )
        assert resp.status_code == HTTPStatus.OK, host
