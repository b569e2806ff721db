"""The admin sites: django.contrib.admin and Flask-Admin wired to Flask-Login.

Django's admin comes with its own sign-in page, URL scheme and forms; the
Flask twin's Flask-Admin is protected by hand (index page included) and sends
visitors to the app's own sign-in page. URLs, form field names and what a
non-staff user gets are profile data (profiles.AdminUrls); everything is done
through the admins' own HTML forms and checked on the public site and the API.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from urllib.parse import quote_plus, urlsplit

import pytest
import requests
from harness import Target
from observations import status
from pages import (
    ADMIN,
    ALICE,
    MODERATOR,
    absolute,
    csrf_token,
    new_session,
    query,
    soup,
)

from accounts import (
    NEW_USER_PASSWORD,
    api_note,
    can_sign_in,
    create_note,
    find_note,
    get,
    note_path,
    page_problems,
    post,
    sign_in,
    submit_form,
    unique,
)

Observe = Callable[[str, str], None]
BODY = "Written through the admin."
SEEDED_SENDERS = ("Carol", "Dave")


def shown(target: Target, response: requests.Response) -> str:
    """A response as recorded: its status, and where a redirect leads."""
    text = status(response.status_code)
    location = response.headers.get("Location")
    if location:
        text += " → " + location.removeprefix(target.base_url)
    return text


def same_page(next_url: str, path: str) -> bool:
    """Whether a decoded `next` names the page (an empty trailing "?" is allowed)."""
    parts = urlsplit(next_url)
    return not parts.netloc and parts.path == path and not parts.query


def alices_note(target: Target, title: str) -> int:
    """A note by alice, written on the public site, for one test."""
    with new_session() as author:
        sign_in(author, target, ALICE)
        return create_note(author, target, title, BODY)


def admin_token(client: requests.Session, target: Target) -> str:
    """A CSRF token for the admin session, from the note form."""
    page = get(client, target, target.profile.admin.note_add)
    assert page.status_code == HTTPStatus.OK
    return csrf_token(page, target.profile)


# --- who gets in -------------------------------------------------------------------


@pytest.mark.parametrize("page", ["index", "note_list", "user_list"])
def test_signed_out_is_sent_to_sign_in(
    target: Target, client: requests.Session, observe: Observe, page: str
) -> None:
    """Signed out, admin pages redirect (302) to the profile's sign-in page with
    next naming the page (recorded for the index)."""
    path = getattr(target.profile.admin, page)
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
    for path in (admin.index, admin.note_list, admin.user_list, admin.contact_list):
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
        if path == admin.index:
            observe(
                f"12. Admin — signed in as {username} (not staff)",
                shown(target, response),
            )
    # A complete note form (author: the first user) with a valid token: only
    # the missing staff status stops it.
    title = unique("Sneaked ")
    token = csrf_token(get(client, target, "/contact/"), target.profile)
    data = {"title": title, "body": BODY, "author": "1", **admin.save_button}
    response = post(client, target, admin.note_add, data, token)
    assert response.status_code == admin.non_staff_status
    assert find_note(target, title) is None


def test_admin_index_lists_the_models(target: Target, client: requests.Session) -> None:
    """As admin, the index links to Notes, Users and Contact messages."""
    sign_in(client, target, ADMIN)
    admin = target.profile.admin
    response = get(client, target, admin.index)
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


# --- notes through the admin ---------------------------------------------------------


def test_admin_creates_a_note(target: Target, client: requests.Session) -> None:
    """The add form, with alice picked as author, creates a note that the API and
    the public home page show."""
    sign_in(client, target, ADMIN)
    title = unique("Admin made ")
    response = submit_form(
        client,
        target,
        target.profile.admin.note_add,
        "title",
        {"title": title, "body": BODY},
        choices={"author": ALICE},
    )
    assert response.status_code == HTTPStatus.FOUND, page_problems(response)
    found = find_note(target, title)
    assert found is not None
    note, page = found
    assert (note["body"], note["author"]) == (BODY, ALICE)
    home = soup(get(client, target, f"/?page={page}"))
    article = home.select_one(f"article#note-{note['id']}")
    assert article is not None
    assert title in article.get_text()


def test_admin_edits_a_note(target: Target, client: requests.Session) -> None:
    """The change form renames a note: the API and the note page show the new title."""
    note_id = alices_note(target, unique("Admin before "))
    sign_in(client, target, ADMIN)
    title = unique("Admin after ")
    change = target.profile.admin.note_change.format(id=note_id)
    response = submit_form(client, target, change, "title", {"title": title})
    assert response.status_code == HTTPStatus.FOUND, page_problems(response)
    note = api_note(target, note_id)
    assert note is not None
    assert (note["title"], note["body"], note["author"]) == (title, BODY, ALICE)
    detail = soup(get(client, target, note_path(note_id)))
    heading = detail.select_one("h1.note-title")
    assert heading is not None and heading.get_text(strip=True) == title


def test_admin_search_finds_a_note_by_title(
    target: Target, client: requests.Session
) -> None:
    """Searching the note list by title shows that note and not the others."""
    title = unique("Findable ")
    alices_note(target, title)
    sign_in(client, target, ADMIN)
    search = target.profile.admin.note_search.format(q=quote_plus(title))
    response = get(client, target, search)
    assert response.status_code == HTTPStatus.OK
    text = soup(response).get_text(" ")
    assert title in text
    assert "Demo note" not in text


def test_admin_deletes_a_note(target: Target, client: requests.Session) -> None:
    """The admin's delete (with its confirmation data) removes the note."""
    note_id = alices_note(target, unique("Admin doomed "))
    sign_in(client, target, ADMIN)
    admin = target.profile.admin
    data = {
        key: value.format(id=note_id) for key, value in admin.note_delete_data.items()
    }
    path = admin.note_delete.format(id=note_id)
    response = post(client, target, path, data, admin_token(client, target))
    assert response.status_code == HTTPStatus.FOUND, page_problems(response)
    assert api_note(target, note_id) is None
    assert get(client, target, note_path(note_id)).status_code == HTTPStatus.NOT_FOUND


# --- contact messages and users ------------------------------------------------------


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
    # Message 1 is the first one the seed wrote.
    changed = post(client, target, admin.contact_change.format(id=1), data, token)
    observe("12. Admin — contact message change (POST)", shown(target, changed))
    after = soup(get(client, target, admin.contact_list)).get_text(" ")
    assert intruder not in after
    for sender in SEEDED_SENDERS:
        assert sender in after


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


# --- CSRF --------------------------------------------------------------------------


def test_admin_add_without_csrf_token_is_rejected(
    target: Target, client: requests.Session, observe: Observe
) -> None:
    """The note add form posted without its CSRF token: the profile's failure
    status and no note; the same form with the token creates it."""
    sign_in(client, target, ADMIN)
    title = unique("Admin CSRF ")
    args = (client, target, target.profile.admin.note_add, "title")
    changes = {"title": title, "body": BODY}
    refused = submit_form(*args, changes, {"author": ALICE}, with_token=False)
    observe("12. Admin — POST without a CSRF token", status(refused.status_code))
    assert refused.status_code == target.profile.csrf_failure_status
    assert find_note(target, title) is None
    accepted = submit_form(*args, changes, {"author": ALICE})
    assert accepted.status_code == HTTPStatus.FOUND, page_problems(accepted)
    assert find_note(target, title) is not None


def test_admin_delete_without_csrf_token_is_rejected(
    target: Target, client: requests.Session
) -> None:
    """The admin's delete posted without a CSRF token: the profile's failure status
    and the note stays; with the token it goes."""
    note_id = alices_note(target, unique("Admin kept "))
    sign_in(client, target, ADMIN)
    admin = target.profile.admin
    data = {
        key: value.format(id=note_id) for key, value in admin.note_delete_data.items()
    }
    path = admin.note_delete.format(id=note_id)
    refused = post(client, target, path, data)
    assert refused.status_code == target.profile.csrf_failure_status
    assert api_note(target, note_id) is not None
    accepted = post(client, target, path, data, admin_token(client, target))
    assert accepted.status_code == HTTPStatus.FOUND
    assert api_note(target, note_id) is None
