"""Admin forms filled in the way a browser would, and admin list pages read.

Both admins are driven through their own HTML: a form is submitted with every
value the page filled in, changed where the test says so, plus the profile's
save button. Where an object's id is needed, it is read from the links of the
admin's list page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from http import HTTPStatus
from urllib.parse import urljoin

import requests
from bs4 import BeautifulSoup, Tag

from harness.target import Target
from helpers.client import get
from helpers.pages import soup

# Both admin sites live here; everything under it differs (profiles.AdminUrls).
ADMIN_INDEX = "/admin/"


def form_values(form: Tag) -> dict[str, str]:
    """The values a browser would submit for this form, before anyone types.

    Text inputs, hidden inputs and textareas with their current value; checked
    checkboxes and radio buttons; each select's selected (or first) option.
    Submit buttons are left out: the caller picks the one it presses.
    """
    values: dict[str, str] = {}
    for element in form.select("input[name], textarea[name], select[name]"):
        name = str(element["name"])
        if element.name == "textarea":
            values[name] = element.get_text()
        elif element.name == "select":
            options = element.select("option")
            chosen = element.select_one("option[selected]") or (
                options[0] if options else None
            )
            if chosen is not None:
                values[name] = str(chosen.get("value", chosen.get_text()))
        else:
            kind = str(element.get("type", "text")).lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                continue
            if kind in ("checkbox", "radio") and not element.has_attr("checked"):
                continue
            values[name] = str(element.get("value", "on" if kind == "checkbox" else ""))
    return values


def option_value(form: Tag, field: str, label: str) -> str:
    """The value of the option labelled `label` in the form's select `field`."""
    for option in form.select(f"select[name={field}] option"):
        if option.get_text(strip=True) == label:
            return str(option["value"])
    raise AssertionError(f"no option {label!r} in select {field!r}")


def form_with(page: BeautifulSoup, field: str) -> Tag:
    """The form on the page that has a control named field."""
    for form in page.select("form"):
        if form.select_one(f"[name={field}]") is not None:
            return form
    raise AssertionError(f"no form with a {field!r} field on the page")


def submit_form(
    session: requests.Session,
    target: Target,
    path: str,
    field: str,
    changes: Mapping[str, str],
    choices: Mapping[str, str] | None = None,
    with_token: bool = True,
) -> requests.Response:
    """Open the page at path, change some fields of its form and submit it.

    The form is the one holding `field`. `changes` sets values, `choices` picks
    select options by their label; everything else is sent as the page filled
    it in (the CSRF token too, unless with_token is False), plus the profile's
    save button.
    """
    page = get(session, target, path)
    assert page.status_code == HTTPStatus.OK, f"GET {path}: {page.status_code}"
    form = form_with(soup(page), field)
    picked = {
        name: option_value(form, name, label) for name, label in (choices or {}).items()
    }
    data = {
        **form_values(form),
        **changes,
        **picked,
        **target.profile.admin.save_button,
    }
    if not with_token:
        data.pop(target.profile.csrf_field, None)
    action = urljoin(page.url, str(form.get("action") or page.url))
    return session.post(action, data=data, allow_redirects=False)


def page_problems(response: requests.Response) -> str:
    """The error texts an admin page shows (for assertion messages)."""
    selector = ".errorlist, .errornote, .invalid-feedback, .help-block, .alert"
    found = [node.get_text(" ", strip=True) for node in soup(response).select(selector)]
    return f"{response.status_code}: {found}"


def row_link(page: BeautifulSoup, cell_text: str, href_pattern: str) -> str:
    """The href matching href_pattern in the table row that shows cell_text."""
    pattern = re.compile(href_pattern)
    for row in page.select("tr"):
        cells = [cell.get_text(strip=True) for cell in row.select("td, th")]
        if cell_text not in cells:
            continue
        for link in row.select("a[href]"):
            if pattern.search(str(link["href"])):
                return str(link["href"])
    raise AssertionError(f"no row showing {cell_text!r} links to {href_pattern!r}")


def id_pattern(template: str) -> str:
    """A regex for a URL template with an {id} placeholder; group 1 is the id."""
    return re.escape(template).replace(re.escape("{id}"), r"(\d+)")


def listed_id(
    client: requests.Session, target: Target, listing: str, cell_text: str, link: str
) -> int:
    """The id of the object the admin list at `listing` shows in the row holding
    cell_text, read from that row's link shaped like `link` (with {id})."""
    page = get(client, target, listing)
    assert page.status_code == HTTPStatus.OK, f"GET {listing}: {page.status_code}"
    href = row_link(soup(page), cell_text, id_pattern(link))
    match = re.search(id_pattern(link), href)
    assert match, href
    return int(match.group(1))
