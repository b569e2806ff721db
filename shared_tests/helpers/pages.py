"""Reading the apps' pages: CSRF inputs, form fields and their errors, messages.

Every helper works on what came over the wire (a requests.Response or the
Beautiful Soup tree of its body) and knows the HTML contract both apps follow:
`ul.errorlist` inside a field's `div.field`, `ul.messages`, the CSRF input
named by the profile.
"""

from __future__ import annotations

import requests
from bs4 import BeautifulSoup, Tag

from harness.profile_types import Profile


def soup(resp: requests.Response | str) -> BeautifulSoup:
    """Parse a response body (or HTML text) with Python's own HTML parser."""
    text = resp if isinstance(resp, str) else resp.text
    return BeautifulSoup(text, "html.parser")


def _tree(page: requests.Response | BeautifulSoup | Tag) -> BeautifulSoup | Tag:
    return soup(page) if isinstance(page, requests.Response) else page


def csrf_token(page: requests.Response | BeautifulSoup | Tag, profile: Profile) -> str:
    """The value of the first CSRF input, found by the framework's field name."""
    field = _tree(page).find("input", attrs={"name": profile.csrf_field})
    assert isinstance(field, Tag), f"no input named {profile.csrf_field!r}"
    value = field.get("value")
    assert isinstance(value, str) and value, "the CSRF input has no value"
    return value


def field_div(page: BeautifulSoup | Tag, name: str) -> Tag:
    """The `div.field` that holds the input, textarea or select named `name`."""
    control = page.find(["input", "textarea", "select"], attrs={"name": name})
    assert isinstance(control, Tag), f"no form control named {name!r}"
    div = control.find_parent("div", class_="field")
    assert isinstance(div, Tag), f"the control {name!r} is not inside a div.field"
    return div


def field_value(page: BeautifulSoup | Tag, name: str) -> str:
    """The value a form shows in the control named `name` (input or textarea)."""
    control = page.find(["input", "textarea"], attrs={"name": name})
    assert isinstance(control, Tag), f"no form control named {name!r}"
    if control.name == "textarea":
        # HTML drops one line break right after <textarea> (WTForms writes
        # "\r\n", Django "\n"); html.parser keeps it.
        text = control.get_text()
        return (
            text.removeprefix("\r\n")
            if text.startswith("\r\n")
            else (text.removeprefix("\n"))
        )
    value = control.get("value", "")
    return value if isinstance(value, str) else " ".join(value)


def form_errors(page: BeautifulSoup | Tag, field: str) -> list[str]:
    """The error texts shown next to one field (in its div.field)."""
    return [
        item.get_text(strip=True)
        for errorlist in field_div(page, field).select("ul.errorlist")
        for item in errorlist.find_all("li")
    ]


def all_field_errors(page: BeautifulSoup | Tag) -> dict[str, list[str]]:
    """Every field's errors, by the name of the control in the same div.field."""
    errors: dict[str, list[str]] = {}
    for div in page.select("div.field"):
        control = div.find(["input", "textarea", "select"])
        items = [li.get_text(strip=True) for li in div.select("ul.errorlist li")]
        if isinstance(control, Tag) and items:
            errors[str(control.get("name"))] = items
    return errors


def nonfield_errors(page: BeautifulSoup | Tag) -> list[str]:
    """Errors not tied to one field (`ul.errorlist.nonfield`)."""
    return [li.get_text(strip=True) for li in page.select("ul.errorlist.nonfield li")]


def messages(page: BeautifulSoup | Tag) -> list[str]:
    """The texts of the flash messages (`ul.messages li`)."""
    return [li.get_text(strip=True) for li in page.select("ul.messages li")]


def text_of(node: BeautifulSoup | Tag, selector: str) -> str:
    """The text of the one element that matches selector (exactly one must)."""
    found = node.select(selector)
    assert len(found) == 1, f"{len(found)} elements match {selector!r}"
    return found[0].get_text(strip=True)
