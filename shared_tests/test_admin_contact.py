"""Contact messages in the admin: listed, read-only in both admins.

Django's ContactMessageAdmin refuses add and change permissions (403); the
Flask twin's view has can_create and can_edit off (Flask-Admin redirects to
the list). Either way nothing is stored or changed; what each answers is
recorded. The seeded message's id is read from the admin's own list page.
"""

from __future__ import annotations

from http import HTTPStatus
from urllib.parse import urlsplit

import requests
from admin_forms import admin_token, listed_id
from browser import get, post, unique
from demo import ADMIN
from harness import Target
from observations import Observe
from pages import soup
from responses import absolute, shown

from accounts import sign_in

SEEDED_SENDERS = ("Carol", "Dave")


def test_contact_messages_are_read_only(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """The contact list shows the seeded messages and offers no add link; asking
    for the add page, posting to it or to a change page stores nothing."""
    sign_in(client, target, ADMIN)
    admin = target.profile.admin
    listing = get(client, target, admin.contact_list)
    assert listing.status_code == HTTPStatus.OK
    text = soup(listing).get_text(" ")
    for sender in SEEDED_SENDERS:
        assert sender in text
    add_path = urlsplit(admin.contact_add).path
    hrefs = {
        urlsplit(absolute(target, str(a["href"]))).path
        for a in soup(listing).select("a[href]")
    }
    assert add_path not in hrefs

    add_page = get(client, target, admin.contact_add)
    observe("12. Admin — contact message add page", shown(target, add_page))
    assert add_page.status_code != HTTPStatus.OK

    token = admin_token(client, target)
    intruder = unique("Mallory")
    data = {"name": intruder, "email": "mallory@example.com", "message": "Hi."}
    data.update(target.profile.admin.save_button)
    post(client, target, admin.contact_add, data, token)
    carol = listed_id(
        client, target, admin.contact_list, SEEDED_SENDERS[0], admin.contact_view
    )
    changed = post(client, target, admin.contact_change.format(id=carol), data, token)
    observe("12. Admin — contact message change (POST)", shown(target, changed))
    after = soup(get(client, target, admin.contact_list)).get_text(" ")
    assert intruder not in after
    for sender in SEEDED_SENDERS:
        assert sender in after
