"""Contact messages in the admin: listed, read-only in both admins.

Django's ContactMessageAdmin refuses add, change and delete permissions (403);
the Flask twin's view has can_create, can_edit and can_delete off (Flask-Admin
redirects to the list). Either way nothing is stored, changed or deleted; what
each answers is recorded. The seeded messages' ids are read from the admin's
own list page.
"""

from __future__ import annotations

from http import HTTPStatus
from urllib.parse import urlsplit

import requests

from harness.observations import Observe
from harness.target import Target
from helpers.accounts import sign_in
from helpers.admin_actions import admin_bulk_delete, admin_token
from helpers.admin_forms import listed_id
from helpers.client import get, post, unique
from helpers.demo import ADMIN
from helpers.pages import soup
from helpers.responses import absolute, redirect_target, shown

SEEDED_SENDERS = ("Carol", "Dave")
# The first seeded message as both seed commands write it (sent at 21:00 UTC).
CAROL = {"name": "Carol", "email": "carol@example.com", "message": "Hello from Carol."}
CAROL_SENT = {"date": "2026-11-01", "time": "21:00:00"}
EDITABLE = "form input[name=name], form input[name=email], form textarea[name=message]"


def complete_change_form(target: Target, name: str) -> dict[str, str]:
    """Every field the message's change form would take, with the name changed."""
    admin = target.profile.admin
    sent = {
        key: value.format(**CAROL_SENT)
        for key, value in admin.contact_sent_fields.items()
    }
    return {**CAROL, "name": name, **sent, **admin.save_button}


def test_contact_messages_cannot_be_added(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """The contact list shows the seeded messages and offers no add link; the add
    page and a post to it get the profile's refusal, and nothing is stored."""
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
    assert add_page.status_code == admin.contact_change_status
    if add_page.is_redirect:
        assert urlsplit(redirect_target(target, add_page)).path == admin.contact_list

    intruder = unique("Mallory")
    data = {"name": intruder, "email": "mallory@example.com", "message": "Hi."}
    refused = post(
        client,
        target,
        admin.contact_add,
        data | admin.save_button,
        admin_token(client, target),
    )
    assert refused.status_code == admin.contact_change_status
    assert intruder not in soup(get(client, target, admin.contact_list)).get_text(" ")


def test_contact_messages_are_read_only(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """A seeded message's page shows it with no editable field; a complete,
    valid change form posted to its change URL anyway is refused (the
    profile's status) and the message keeps its name."""
    sign_in(client, target, ADMIN)
    admin = target.profile.admin
    carol = listed_id(
        client, target, admin.contact_list, CAROL["name"], admin.contact_view
    )
    view = get(client, target, admin.contact_view.format(id=carol))
    assert view.status_code == HTTPStatus.OK
    page = soup(view)
    assert page.select(EDITABLE) == []
    shown_text = page.get_text(" ")
    for value in CAROL.values():
        assert value in shown_text

    intruder = unique("Mallory")
    change = admin.contact_change.format(id=carol)
    token = admin_token(client, target)
    changed = post(
        client, target, change, complete_change_form(target, intruder), token
    )
    observe("12. Admin — contact message change (POST)", shown(target, changed))
    assert changed.status_code == admin.contact_change_status
    if changed.is_redirect:
        assert urlsplit(redirect_target(target, changed)).path == admin.contact_list

    after = get(client, target, admin.contact_list)
    assert intruder not in soup(after).get_text(" ")
    assert (
        listed_id(client, target, admin.contact_list, CAROL["name"], admin.contact_view)
        == carol
    )


def test_contact_messages_cannot_be_deleted(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """A seeded message's delete, posted with its confirmation anyway, and a bulk
    delete of it get the profile's refusals; the message is still listed under
    its id after each."""
    sign_in(client, target, ADMIN)
    admin = target.profile.admin

    def dave() -> int:
        return listed_id(client, target, admin.contact_list, "Dave", admin.contact_view)

    seeded = dave()
    data = {
        key: value.format(id=seeded) for key, value in admin.contact_delete_data.items()
    }
    token = admin_token(client, target)
    deleted = post(client, target, admin.contact_delete.format(id=seeded), data, token)
    observe("12. Admin — contact message delete (POST)", shown(target, deleted))
    assert deleted.status_code == admin.contact_delete_status
    assert dave() == seeded

    bulk = admin_bulk_delete(client, target, admin.contact_bulk_action, str(seeded))
    observe("12. Admin — contact message bulk delete", shown(target, bulk))
    assert bulk.status_code == admin.contact_bulk_status
    if bulk.is_redirect:
        assert urlsplit(redirect_target(target, bulk)).path == admin.contact_list
    assert dave() == seeded
