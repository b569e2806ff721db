"""The page skeleton and navigation. Twin: django_app/notes/tests/test_layout.py."""

import re
from importlib.metadata import version

from .helpers import make_user


def test_base_layout(client):
    """Every page names the framework and its version, with one h1."""
    html = client.get("/about/").get_data(as_text=True)
    assert '<body data-framework="flask">' in html
    assert (
        '<span class="framework">Flask</span> '
        f'<span class="framework-version">{version("flask")}</span>'
    ) in html
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert 'href="/static/css/style.css"' in html


def test_signed_out_navigation(client):
    """Signed out, the navigation offers Log in and Register only."""
    html = client.get("/about/").get_data(as_text=True)
    assert '<a href="/accounts/login/">Log in</a>' in html
    assert '<a href="/accounts/register/">Register</a>' in html
    assert "New note" not in html and "Signed in as" not in html


def test_signed_in_navigation(app, database):
    """Signed in, the navigation shows the user, New note and a logout form."""
    client = app.test_client(user=make_user("alice"))
    html = client.get("/about/").get_data(as_text=True)
    assert '<a href="/notes/new/">New note</a>' in html
    assert '<span class="nav-user">Signed in as alice</span>' in html
    assert '<form class="logout-form" method="post" action="/accounts/logout/">' in html
    assert '<a href="/admin/">Admin</a>' not in html
    assert "Log in</a>" not in html


def test_staff_navigation_links_the_admin(app, database):
    """Staff users also get a link to the admin site."""
    client = app.test_client(user=make_user("root", is_staff=True))
    assert '<a href="/admin/">Admin</a>' in client.get("/").get_data(as_text=True)
