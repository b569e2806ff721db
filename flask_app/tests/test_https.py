"""HTTPS_ONLY=1: redirect to https, Secure cookies, HSTS, the proxy's header.

Twin: django_app/notes/tests/test_https.py.
"""

import pytest

from .helpers import PASSWORD

HSTS = "max-age=31536000; includeSubDomains; preload"
# Flask's test client takes its scheme from PREFERRED_URL_SCHEME, which HTTPS_ONLY=1
# sets to https, so plain-HTTP requests name their scheme.
PLAIN_HTTP = "http://localhost"


@pytest.fixture
def https_app(app_factory, monkeypatch):
    """The app as started with HTTPS_ONLY=1 in the environment."""
    monkeypatch.setenv("HTTPS_ONLY", "1")
    return app_factory()


def test_plain_http_is_redirected_to_https(https_app):
    """A plain-HTTP request is sent to the same URL over HTTPS, permanently."""
    response = https_app.test_client().get("/about/?x=1", base_url=PLAIN_HTTP)
    assert response.status_code == 301
    assert response.headers["Location"] == "https://localhost/about/?x=1"


def test_https_responses_carry_hsts(https_app):
    """A request over HTTPS is served, with HSTS for a year, subdomains, preload."""
    response = https_app.test_client().get("/about/", base_url="https://localhost")
    assert response.status_code == 200
    assert response.headers["Strict-Transport-Security"] == HSTS


def test_the_proxys_forwarded_proto_is_trusted(https_app):
    """X-Forwarded-Proto: https from the proxy in front counts as HTTPS."""
    response = https_app.test_client().get(
        "/about/", base_url=PLAIN_HTTP, headers={"X-Forwarded-Proto": "https"}
    )
    assert response.status_code == 200
    assert response.headers["Strict-Transport-Security"] == HSTS


def test_session_cookie_is_secure(https_app, alice):
    """The session cookie is sent with Secure, so never over plain HTTP."""
    client = https_app.test_client()
    data = {"username": "alice", "password": PASSWORD}
    response = client.post("/accounts/login/", data=data, base_url="https://localhost")
    assert response.status_code == 302
    assert "; Secure" in response.headers["Set-Cookie"]


def test_https_is_off_by_default(app, alice):
    """Without HTTPS_ONLY=1: plain HTTP is served, with no HSTS and no Secure cookie."""
    client = app.test_client()
    response = client.get("/about/")
    assert response.status_code == 200
    assert "Strict-Transport-Security" not in response.headers
    data = {"username": "alice", "password": PASSWORD}
    cookie = client.post("/accounts/login/", data=data).headers["Set-Cookie"]
    assert "Secure" not in cookie
