"""The page skeleton and navigation. Twin: flask_app/tests/test_layout.py."""

import django
from django.test import TestCase

from .helpers import make_user


class LayoutTests(TestCase):
    def test_base_layout(self):
        """Every page names the framework and its version, with one h1."""
        response = self.client.get("/about/")
        self.assertContains(response, '<body data-framework="django">')
        self.assertContains(
            response,
            '<span class="framework">Django</span> '
            f'<span class="framework-version">{django.get_version()}</span>',
        )
        self.assertContains(response, "<h1>", count=1)
        self.assertContains(response, 'href="/static/css/style.css"')

    def test_signed_out_navigation(self):
        """Signed out, the navigation offers Log in and Register only."""
        response = self.client.get("/about/")
        self.assertContains(response, '<a href="/accounts/login/">Log in</a>')
        self.assertContains(response, '<a href="/accounts/register/">Register</a>')
        self.assertNotContains(response, "New note")
        self.assertNotContains(response, "Signed in as")

    def test_signed_in_navigation(self):
        """Signed in, the navigation shows the user, New note and a logout form."""
        self.client.force_login(make_user("alice"))
        response = self.client.get("/about/")
        self.assertContains(response, '<a href="/notes/new/">New note</a>')
        self.assertContains(
            response, '<span class="nav-user">Signed in as alice</span>'
        )
        self.assertContains(
            response,
            '<form class="logout-form" method="post" action="/accounts/logout/">',
        )
        self.assertNotContains(response, '<a href="/admin/">Admin</a>')
        self.assertNotContains(response, "Log in</a>")

    def test_staff_navigation_links_the_admin(self):
        """Staff users also get a link to the admin site."""
        self.client.force_login(make_user("root", is_staff=True))
        self.assertContains(self.client.get("/"), '<a href="/admin/">Admin</a>')
