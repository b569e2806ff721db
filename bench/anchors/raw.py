"""The ceiling: a bare WSGI callable that returns the twins' home page as bytes.

No framework, no template, no database: what is left is gunicorn and the
network, the least any Python app pays per request under this server. The
benchmark saves the Flask twin's home page to the file BENCH_PAGE names.
"""

import os
from pathlib import Path

PAGE = Path(os.environ["BENCH_PAGE"]).read_bytes()
HEADERS = [
    ("Content-Type", "text/html; charset=utf-8"),
    ("Content-Length", str(len(PAGE))),
]


def application(environ, start_response):
    """Answer every request with the saved page."""
    start_response("200 OK", HEADERS)
    return [PAGE]
