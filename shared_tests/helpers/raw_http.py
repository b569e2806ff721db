"""HTTP spoken over a plain socket, for requests that requests cannot send.

A malformed chunked body, a body far shorter than its Content-Length, headers
that never end: each is written byte for byte, and the answer is read with the
standard library's HTTP response parser. Every socket has a timeout, which is
the failure bound of a test that waits for an answer (never a speed claim).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.client import HTTPResponse
from urllib.parse import urlsplit

import requests

from harness.target import Target

# Seconds a test waits for an answer before it calls the server stuck.
ANSWER_TIMEOUT = 15.0


def connect(target: Target, timeout: float = ANSWER_TIMEOUT) -> socket.socket:
    """A TCP connection to the app, with a timeout on every read and write."""
    parts = urlsplit(target.base_url)
    assert parts.hostname and parts.port, target.base_url
    return socket.create_connection((parts.hostname, parts.port), timeout=timeout)


def request_head(
    target: Target, method: str, path: str, headers: Mapping[str, str]
) -> bytes:
    """The request line and headers of an HTTP/1.1 request, blank line included."""
    host = urlsplit(target.base_url).netloc
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def cookie_header(session: requests.Session) -> str:
    """The session's cookies as one Cookie header value."""
    return "; ".join(f"{name}={value}" for name, value in session.cookies.items())


def read_status(sock: socket.socket) -> int:
    """The status code of the response arriving on sock (headers read, not body)."""
    response = HTTPResponse(sock)
    response.begin()
    return response.status


def exchange(target: Target, data: bytes, timeout: float = ANSWER_TIMEOUT) -> int:
    """Send data as it is and return the status of the answer.

    A socket.timeout (an OSError) escapes when no answer comes within timeout.
    """
    with connect(target, timeout) as sock:
        sock.sendall(data)
        return read_status(sock)


def post_raw(target: Target, path: str, headers: Mapping[str, str], body: bytes) -> int:
    """POST body to path as it is, with these headers; the answer's status."""
    return exchange(target, request_head(target, "POST", path, headers) + body)


@contextmanager
def unfinished_requests(target: Target, count: int) -> Iterator[list[socket.socket]]:
    """Open count connections that send part of their headers and then wait.

    Each looks like a slow client: a request line and one header, never the
    blank line that ends the headers. They are closed on leaving the block.
    """
    socks: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = connect(target)
            host = urlsplit(target.base_url).netloc
            sock.sendall(f"GET / HTTP/1.1\r\nHost: {host}\r\n".encode())
            socks.append(sock)
        yield socks
    finally:
        for sock in socks:
            sock.close()
