"""What the minimal apps render: ten notes like the home page's, from memory."""

from datetime import datetime, timedelta

START = datetime(2026, 11, 1, 8, 0)


def _note(number: int) -> dict[str, object]:
    """Return one note as the home page shows it, already formatted."""
    at = START + timedelta(hours=number)
    return {
        "id": number,
        "url": f"/notes/{number}/",
        "title": f"Demo note {number}",
        "author": "alice" if number % 2 else "bob",
        "iso": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "human": f"{at.day} {at:%b %Y, %H:%M}",
        "excerpt": (f"This is demo note number {number}. " * 3)[:74] + "…",
    }


# The newest ten of the twelve demo notes, as on page 1 of the home page.
CONTEXT = {"notes": [_note(n) for n in range(12, 2, -1)], "page": 1, "pages": 2}
