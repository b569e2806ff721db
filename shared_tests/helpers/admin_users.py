"""What staff does to a user in the admin: set a password, tick a flag, delete.

Each action fills in the admin's own form as a browser would (the pages and
field names are profile data). Also here: how many rows an admin list counts,
and which usernames the admin's user search finds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from http import HTTPStatus

import requests

from harness.target import Target
from helpers.admin_actions import admin_token
from helpers.admin_forms import (
    form_values,
    form_with,
    id_pattern,
    listed_id,
    page_problems,
    submit_form,
)
from helpers.client import get, post
from helpers.pages import soup


def user_id(admin: requests.Session, target: Target, username: str) -> int:
    """The id of the user, read from the admin's user list (searched by name)."""
    urls = target.profile.admin
    return listed_id(
        admin, target, urls.user_search.format(q=username), username, urls.user_change
    )


def set_password(
    admin: requests.Session, target: Target, username: str, password: str
) -> None:
    """Give the user a new password through the admin's password form."""
    urls = target.profile.admin
    fields = {
        name: value.format(password=password)
        for name, value in urls.user_password_fields.items()
    }
    path = urls.user_password.format(id=user_id(admin, target, username))
    response = submit_form(admin, target, path, next(iter(fields)), fields)
    assert response.status_code == HTTPStatus.FOUND, page_problems(response)


def set_flag(
    admin: requests.Session, target: Target, username: str, flag: str, on: bool
) -> None:
    """Tick (on) or untick one checkbox of the user's admin page, such as
    is_active or is_staff, and save the page.

    A multiple select with nothing selected sends nothing, as in a browser
    (form_values would pick its first option: a group, a permission).
    """
    urls = target.profile.admin
    path = urls.user_change.format(id=user_id(admin, target, username))
    page = get(admin, target, path)
    assert page.status_code == HTTPStatus.OK, f"GET {path}: {page.status_code}"
    form = form_with(soup(page), "username")
    data = form_values(form)
    for select in form.select("select[multiple]"):
        if select.select_one("option[selected]") is None:
            data.pop(str(select["name"]), None)
    box = form.select_one(f"input[type=checkbox][name={flag}]")
    assert box is not None, f"no {flag} checkbox on {path}"
    assert (flag in data) is not on, f"{flag} is already {'on' if on else 'off'}"
    if on:
        data[flag] = str(box.get("value", "on"))
    else:
        del data[flag]
    response = admin.post(
        page.url, data={**data, **urls.save_button}, allow_redirects=False
    )
    assert response.status_code == HTTPStatus.FOUND, page_problems(response)


def deactivate(admin: requests.Session, target: Target, username: str) -> None:
    """Untick "active" on the user's admin page and save it."""
    set_flag(admin, target, username, "is_active", on=False)


def make_staff(admin: requests.Session, target: Target, username: str) -> None:
    """Tick "staff status" on the user's admin page and save it."""
    set_flag(admin, target, username, "is_staff", on=True)


def delete_user(admin: requests.Session, target: Target, username: str) -> None:
    """Delete the user with the admin's delete confirmation."""
    urls = target.profile.admin
    number = user_id(admin, target, username)
    data = {
        name: value.format(id=number) for name, value in urls.user_delete_data.items()
    }
    response = post(
        admin,
        target,
        urls.user_delete.format(id=number),
        data,
        admin_token(admin, target),
    )
    assert response.status_code == HTTPStatus.FOUND, page_problems(response)


def found_usernames(admin: requests.Session, target: Target, query: str) -> list[str]:
    """The usernames the admin's user search lists for query (first page)."""
    urls = target.profile.admin
    page = get(admin, target, urls.user_search.format(q=query))
    assert page.status_code == HTTPStatus.OK, f"user search: {page.status_code}"
    pattern = re.compile(id_pattern(urls.user_change))
    names = []
    for row in soup(page).select("tr"):
        if any(pattern.search(str(link["href"])) for link in row.select("a[href]")):
            cells = [cell.get_text(strip=True) for cell in row.select("td, th")]
            names += [cell for cell in cells if cell.lower() == query.lower()]
    return names


def row_count(admin: requests.Session, target: Target, listing: str) -> int:
    """How many rows the admin list at `listing` counts in all (every page)."""
    page = get(admin, target, listing)
    assert page.status_code == HTTPStatus.OK, f"GET {listing}: {page.status_code}"
    found = soup(page).select_one(target.profile.admin.list_count)
    assert found is not None, f"no {target.profile.admin.list_count} on {listing}"
    numbers = re.findall(r"\d+", found.get_text(" "))
    assert numbers, found.get_text(" ")
    return int(numbers[-1])


def user_form_fields(target: Target, username: str, password: str) -> Mapping[str, str]:
    """The admin's add-user form filled in for username and password."""
    return {
        key: value.format(username=username, password=password)
        for key, value in target.profile.admin.user_add_fields.items()
    }
