"""Markup typed by users, and whether a page shows it as text.

A payload breaks out of whatever it is written into when it is not escaped:
the quote ends an attribute value, `</textarea>` ends a text area, and the
`<i class="inj-…">` element it then opens is found by the HTML parser. A page
escapes it when no such element exists and the raw text is nowhere in the
HTML; what the page shows must still read exactly as typed.
"""

from __future__ import annotations

from collections.abc import Iterable

import requests
from bs4 import BeautifulSoup

from helpers.pages import soup


def payload(mark: str, label: str) -> str:
    """Markup that opens an element of class inj-<mark> in any context."""
    return f'\'"></textarea><i class="inj-{mark}">{label}</i> & x'


def long_body(mark: str, cut: int) -> str:
    """A body with markup in its first cut characters and a tag across the cut."""
    head = payload(mark, "head") + " "
    filler = "word " * ((cut - 10 - len(head)) // 5)
    tail = f'<i class="inj-{mark}">across the cut</i> and more words after it.'
    body = head + filler + tail
    start = body.index(tail)
    assert len(head) < cut and start < cut < start + len(tail), (start, cut)
    return body


def escaped_page(
    response: requests.Response, mark: str, typed: Iterable[str]
) -> BeautifulSoup:
    """The page, parsed, after checking that nothing typed became markup."""
    html = response.text
    for value in typed:
        assert value not in html, f"shown unescaped: {value!r}"
    page = soup(html)
    injected = page.select(f".inj-{mark}")
    assert injected == [], f"markup from user input became elements: {injected}"
    return page
