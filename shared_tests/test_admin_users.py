"""Users in the admin sites: one created there signs in; no hash shown as a value.

Django's UserAdmin takes password1/password2 and hashes with PBKDF2; the
Flask twin's user view takes a plain password field and hashes it on save
(Werkzeug's scrypt). Both user pages name the hashing scheme ("algorithm:
…"), which is recorded under topic 11, and neither puts the stored hash in a
form field.
"""

from __future__ import annotations

import re
from http import HTTPStatus

import requests

from harness.observations import Observe
from harness.target import Target
from helpers.accounts import NEW_USER_PASSWORD, can_sign_in, sign_in
from helpers.admin_forms import id_pattern, page_problems, row_link, submit_form
from helpers.client import get, unique
from helpers.demo import ADMIN, ALICE
from helpers.pages import soup
from helpers.responses import absolute


def test_admin_creates_a_user_who_can_sign_in(
    target: Target, client: requests.Session
) -> None:
    """A user created with a password in the admin's user form signs in on the
    public site with that password."""
    sign_in(client, target, ADMIN)
    username = unique("made")
    fields = {
        key: value.format(username=username, password=NEW_USER_PASSWORD)
        for key, value in target.profile.admin.user_add_fields.items()
    }
    response = submit_form(
        client, target, target.profile.admin.user_add, "username", fields
    )
    assert response.status_code == HTTPStatus.FOUND, page_problems(response)
    assert can_sign_in(target, username, NEW_USER_PASSWORD)


def test_password_hash_scheme_in_admin(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """The admin's user page names the hashing scheme (like "algorithm:
    pbkdf2_sha256") and never shows the stored hash in a form field."""
    sign_in(client, target, ADMIN)
    admin = target.profile.admin
    listing = get(client, target, admin.user_list)
    assert listing.status_code == HTTPStatus.OK
    href = row_link(soup(listing), ALICE, id_pattern(admin.user_change))
    page = client.get(absolute(target, href), allow_redirects=False)
    assert page.status_code == HTTPStatus.OK
    match = re.search(r"algorithm\s*:\s*([\w-]+)", soup(page).get_text(" "))
    assert match, "the user page does not name the hashing algorithm"
    scheme = match.group(1)
    observe("11. Auth — password hash scheme", scheme)
    assert scheme == target.profile.password_hash_scheme
    for control in soup(page).select("input, textarea"):
        shown = str(control.get("value") or control.get_text())
        assert not (shown.startswith(scheme) and "$" in shown), (
            f"the stored hash is shown in the form field {control.get('name')!r}"
        )
