"""The admin sites: who gets in. django.contrib.admin vs Flask-Admin + Flask-Login.

Django's admin comes with its own sign-in page; the Flask twin's Flask-Admin
is protected by hand (index page included) and sends visitors to the app's
own sign-in page. A signed-in user who is not staff gets no admin data: a 403
from Flask-Admin, Django's admin sign-in page again. URLs and statuses are
profile data (profiles.AdminUrls); what each app answers is recorded.
"""

from __future__ import annotations

from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
import requests

from harness.observations import Observe
from harness.target import Target
from helpers.accounts import sign_in
from helpers.admin_forms import ADMIN_INDEX
from helpers.client import get, post, session_token, unique
from helpers.demo import ADMIN, ALICE, MODERATOR
from helpers.notes import find_note
from helpers.pages import soup
from helpers.responses import absolute, query, shown

BODY = "Written through the admin."


def same_page(next_url: str, path: str) -> bool:
    """Whether a decoded `next` names the page (an empty trailing "?" is allowed)."""
    parts = urlsplit(next_url)
    return not parts.netloc and parts.path == path and not parts.query


@pytest.mark.parametrize("page", ["index", "note_list", "user_list"])
def test_signed_out_is_sent_to_sign_in(
    target: Target, client: requests.Session, observe: Observe, page: str
) -> None:
    """Signed out, admin pages redirect (302) to the profile's sign-in page with
    next naming the page (recorded for the index)."""
    path = ADMIN_INDEX if page == "index" else getattr(target.profile.admin, page)
    response = get(client, target, path)
    assert response.status_code == HTTPStatus.FOUND
    location = absolute(target, response.headers["Location"])
    assert urlsplit(location).path == target.profile.admin.login_redirect
    (next_url,) = query(location)["next"]
    assert same_page(next_url, path), next_url
    if page == "index":
        observe("12. Admin — signed-out visitor", shown(target, response))


@pytest.mark.parametrize("username", [ALICE, MODERATOR])
def test_non_staff_get_no_admin_data(
    target: Target, client: requests.Session, observe: Observe, username: str
) -> None:
    """Signed in but not staff (alice, the moderator): the profile's status and no
    admin data on any admin page, and an admin form post changes nothing."""
    sign_in(client, target, username)
    admin = target.profile.admin
    for path in (ADMIN_INDEX, admin.note_list, admin.user_list, admin.contact_list):
        response = get(client, target, path)
        assert response.status_code == admin.non_staff_status, path
        assert "Demo note" not in response.text
        assert "@example.com" not in response.text
        assert "Carol" not in response.text
        links = {
            urlsplit(absolute(target, str(a["href"]))).path
            for a in soup(response).select("a[href]")
        }
        assert not links & {admin.note_list, admin.user_list, admin.contact_list}
        if path == ADMIN_INDEX:
            observe(
                f"12. Admin — signed in as {username} (not staff)",
                shown(target, response),
            )
    # A complete note form (author: the first user) with a valid token: only
    # the missing staff status stops it.
    title = unique("Sneaked ")
    token = session_token(client, target)
    data = {"title": title, "body": BODY, "author": "1", **admin.save_button}
    response = post(client, target, admin.note_add, data, token)
    assert response.status_code == admin.non_staff_status
    assert find_note(target, title) is None


def test_admin_index_lists_the_models(target: Target, client: requests.Session) -> None:
    """As admin, the index links to Notes, Users and Contact messages."""
    sign_in(client, target, ADMIN)
    admin = target.profile.admin
    response = get(client, target, ADMIN_INDEX)
    assert response.status_code == HTTPStatus.OK
    links = {
        (a.get_text(strip=True), urlsplit(absolute(target, str(a["href"]))).path)
        for a in soup(response).select("a[href]")
    }
    for label, path in (
        ("Notes", admin.note_list),
        ("Users", admin.user_list),
        ("Contact messages", admin.contact_list),
    ):
        assert (label, path) in links, (label, path)
