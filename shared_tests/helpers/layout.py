"""The page layout: one skeleton for both apps, site pages vs debug pages.

Both apps render the same elements, ids and classes; `skeleton` reduces a page
to them so that the two apps' pages can be compared. `error_page_kind` tells
the site's own error page from a framework's debug page.
"""

from __future__ import annotations

import requests
from bs4 import BeautifulSoup, Tag

from helpers.pages import soup


def skeleton(page: BeautifulSoup | Tag, csrf_field: str | None = None) -> list[str]:
    """The page's element structure: tag names, ids and classes, in document order.

    Text and other attributes (the `data-framework` value among them) are left
    out, so the skeletons of the two apps can be compared. The CSRF input, each
    framework's own markup, is shown as `input(csrf)` whatever its attributes.
    """
    lines: list[str] = []

    def walk(node: Tag, depth: int) -> None:
        if csrf_field and node.name == "input" and node.get("name") == csrf_field:
            lines.append("  " * depth + "input(csrf)")
            return
        ident = f"#{node['id']}" if node.get("id") else ""
        classes = "".join(f".{name}" for name in node.get("class") or [])
        lines.append("  " * depth + f"{node.name}{ident}{classes}")
        for child in node.children:
            if isinstance(child, Tag):
                walk(child, depth + 1)

    root = page.find("html") if isinstance(page, BeautifulSoup) else page
    assert isinstance(root, Tag), "no <html> element"
    walk(root, 0)
    return lines


def error_page_kind(resp: requests.Response) -> str:
    """Whether an error response is the site's own page or the framework's debug page.

    The site's pages carry `body[data-framework]` and the base layout; any other
    HTML (Django's technical 404, Werkzeug's debugger) counts as a debug page.
    """
    page = soup(resp)
    body = page.find("body")
    if isinstance(body, Tag) and body.get("data-framework") and page.select("footer"):
        return "site page"
    return "debug page"
