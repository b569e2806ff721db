"""Methods, redirects and static files. Twin: django_app/notes/tests/test_http.py."""

import pytest

GET_PAGES = ["/", "/about/", "/contact/", "/accounts/login/", "/api/notes/"]


def allowed(response):
    """Return the methods of the Allow header, as a set (Flask's order varies)."""
    return set(response.headers["Allow"].split(", "))


@pytest.mark.parametrize("path", GET_PAGES)
def test_head_answers_without_a_body(client, path):
    """HEAD works wherever GET does, with the status of GET and no body."""
    response = client.head(path)
    assert response.status_code == 200 and response.data == b""


def test_options_lists_the_methods(client):
    """OPTIONS answers 200 with an Allow header."""
    response = client.options("/about/")
    assert response.status_code == 200
    assert allowed(response) == {"GET", "HEAD", "OPTIONS"}
    assert allowed(client.options("/contact/")) == {"GET", "HEAD", "OPTIONS", "POST"}


@pytest.mark.parametrize(
    ("method", "path", "methods"),
    [("post", "/about/", {"GET", "HEAD", "OPTIONS"}),
     ("get", "/notes/1/delete/", {"POST", "OPTIONS"}),
     ("delete", "/api/notes/", {"GET", "HEAD", "OPTIONS"})],
)  # fmt: skip
def test_unsupported_method_is_405_with_allow(client, method, path, methods):
    """A method a page does not take is 405 and says which ones it takes."""
    response = getattr(client, method)(path)
    assert response.status_code == 405 and allowed(response) == methods


def test_missing_trailing_slash_redirects(client):
    """/about is redirected with 308 to the absolute URL of /about/."""
    response = client.get("/about?x=1")
    assert response.status_code == 308
    assert response.headers["Location"] == "http://localhost/about/?x=1"


def test_static_files_are_served(client):
    """Flask's static route serves the stylesheet and the logo with their types."""
    css = client.get("/static/css/style.css")
    assert css.status_code == 200
    assert css.headers["Content-Type"] == "text/css; charset=utf-8"
    assert b".site-header" in css.data
    logo = client.get("/static/img/logo.svg")
    assert logo.headers["Content-Type"] == "image/svg+xml; charset=utf-8"


def test_unchanged_static_file_is_304(client):
    """A conditional GET with the file's ETag gets 304 Not Modified."""
    etag = client.get("/static/css/style.css").headers["ETag"]
    response = client.get("/static/css/style.css", headers={"If-None-Match": etag})
    assert response.status_code == 304
