"""Deployment: slow clients cannot stall the server; the HTTPS switch.

Under `--mode prod` gunicorn runs gthread workers (harness/app_commands.py):
a connection whose headers never end waits in a poller, so a few slow
clients do not take every worker as they take sync workers. With HTTPS_ONLY=1 in
the environment both apps sit behind a proxy that terminates TLS and says so
with X-Forwarded-Proto: plain HTTP is redirected, HTTPS answers carry HSTS,
and the cookies are Secure. Django switches this on with SECURE_* settings;
the Flask twin with ProxyFix and two hooks (flask_app/security.py). Those
tests start a second server per app, with HTTPS_ONLY=1, on the same database.
"""

from __future__ import annotations

from collections.abc import Iterator
from http import HTTPStatus

import pytest
import requests

from harness.app_server import AppServer
from harness.observations import Observe, status
from harness.target import Target, server_target
from helpers.accounts import LOGIN_PATH
from helpers.client import get, new_session
from helpers.demo import ALICE, DEMO_PASSWORD
from helpers.pages import csrf_token
from helpers.raw_http import ANSWER_TIMEOUT, cookie_header, unfinished_requests
from helpers.responses import set_cookies

SLOW_CLIENTS = 4
HSTS = "max-age=31536000; includeSubDomains; preload"
FORWARDED_HTTPS = {"X-Forwarded-Proto": "https"}


@pytest.fixture(scope="session")
def https_target(target: Target) -> Iterator[Target]:
    """The same app started again with HTTPS_ONLY=1, on the same database."""
    if target.server is None:
        pytest.skip(f"{target.name} runs outside the suite: it cannot be restarted")
    env = target.server.env
    server = AppServer(
        target.profile,
        target.mode,
        env["DATABASE_URL"],
        extra_env={"HTTPS_ONLY": "1", "STATIC_ROOT": env["STATIC_ROOT"]},
    )
    try:
        server.start()
        server.wait_ready()
        yield server_target(server)
    finally:
        server.stop()


def https_url(target: Target, path: str) -> str:
    """The URL a browser used for path, in front of the proxy."""
    return "https://" + target.url(path).removeprefix("http://")


def test_slow_clients_do_not_block_others(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """With 4 connections holding unfinished headers open, a normal GET is
    still answered (a client timeout is the failure bound)."""
    with unfinished_requests(target, SLOW_CLIENTS):
        response = client.get(
            target.url("/about/"), allow_redirects=False, timeout=ANSWER_TIMEOUT
        )
    assert response.status_code == HTTPStatus.OK
    observe(
        f"1. Development server — GET while {SLOW_CLIENTS} clients send headers slowly",
        status(response.status_code),
        per_mode=True,
    )


def test_plain_http_is_redirected_to_https(
    https_target: Target, client: requests.Session, observe: Observe
) -> None:
    """With HTTPS_ONLY=1 a plain-HTTP request gets 301 to the same URL over
    https."""
    response = get(client, https_target, "/about/?page=2")
    answer = status(response.status_code)
    observe("13. Security — HTTPS_ONLY=1: a plain-HTTP request", answer)
    assert response.status_code == HTTPStatus.MOVED_PERMANENTLY
    location = response.headers["Location"]
    assert location == https_url(https_target, "/about/?page=2")


def test_https_answers_carry_hsts(
    https_target: Target, client: requests.Session, observe: Observe
) -> None:
    """With HTTPS_ONLY=1 a request the proxy marks as HTTPS is served, with HSTS."""
    response = client.get(
        https_target.url("/about/"), headers=FORWARDED_HTTPS, allow_redirects=False
    )
    assert response.status_code == HTTPStatus.OK
    assert response.headers.get("Strict-Transport-Security") == HSTS
    observe("13. Security — HTTPS_ONLY=1: Strict-Transport-Security", HSTS)


def test_cookies_are_secure_over_https(
    https_target: Target, client: requests.Session, observe: Observe
) -> None:
    """With HTTPS_ONLY=1, signing in over HTTPS sets the profile's cookies (session,
    and Django's CSRF cookie), every one Secure."""
    page = client.get(
        https_target.url(LOGIN_PATH), headers=FORWARDED_HTTPS, allow_redirects=False
    )
    assert page.status_code == HTTPStatus.OK
    cookies = set_cookies(page)
    # A browser sends Origin and Referer; over HTTPS both frameworks check them.
    origin = https_url(https_target, "/").rstrip("/")
    data = {"username": ALICE, "password": DEMO_PASSWORD}
    data[https_target.profile.csrf_field] = csrf_token(page, https_target.profile)
    headers = {
        **FORWARDED_HTTPS,
        "Origin": origin,
        "Referer": https_url(https_target, LOGIN_PATH),
        # requests keeps Secure cookies for https:// URLs; the proxy would not.
        "Cookie": cookie_header(client),
    }
    with new_session() as browser:
        signed_in = browser.post(
            https_target.url(LOGIN_PATH),
            data=data,
            headers=headers,
            allow_redirects=False,
        )
    assert signed_in.status_code == HTTPStatus.FOUND
    cookies.update(set_cookies(signed_in))
    assert https_target.profile.https_cookies <= set(cookies)
    assert [name for name, flags in cookies.items() if "secure" not in flags] == []
    observe(
        "13. Security — HTTPS_ONLY=1: cookies of a sign-in",
        ", ".join(f"{name} (Secure)" for name in sorted(cookies)),
    )
