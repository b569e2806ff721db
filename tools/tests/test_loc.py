"""What each framework made you write: the counts, the packages, the README block."""

from __future__ import annotations

import pytest

from tools.compare.measure import measure, python_code_lines, text_code_lines
from tools.compare.packages import UnknownImport, distribution
from tools.compare.sources import side
from tools.compare.tokens import highlight
from tools.loc import BLOCK, stale, table
from tools.twins import APPS, README, load

_, CONCERNS = load()
COUNTS = measure(CONCERNS)

PYTHON = '''"""A module docstring."""

import os  # a comment after code counts: the line holds code


def view(request):
    """A function's docstring."""
    # A comment on its own line.
    text = """a string that is not a docstring
    spans lines"""
    return text
'''


def test_readme_loc_block_is_generated_from_the_code() -> None:
    """The README's table of lines and packages is what the code measures now."""
    assert not stale(README.read_text(encoding="utf-8")), (
        "run: python -m tools.loc --write"
    )


def test_a_changed_count_makes_the_block_stale() -> None:
    """The check fails when one number in the README's block differs."""
    current = table()
    changed = current.replace("| 1 | WSGI entry | ", "| 1 | WSGI entry | 9", 1)
    assert changed != current
    readme = f"<!-- {BLOCK}:start -->\n{changed}\n<!-- {BLOCK}:end -->\n"
    assert stale(readme)
    assert not stale(f"<!-- {BLOCK}:start -->\n{current}\n<!-- {BLOCK}:end -->\n")


def test_every_concern_has_a_row() -> None:
    """The table has one row per concern of the map, then the totals."""
    rows = [line for line in table().splitlines() if line.startswith("| ")][1:]
    assert [row.split(" | ")[1] for row in rows[:-1]] == [
        c.title for c in sorted(CONCERNS, key=lambda c: c.topic)
    ]
    assert "**All concerns**" in rows[-1]


def test_python_leaves_out_blank_lines_comments_and_docstrings() -> None:
    """Python counts the lines of code, strings included, docstrings not."""
    assert python_code_lines(PYTHON) == {3, 6, 9, 10, 11}


@pytest.mark.parametrize(
    ("text", "path", "lines"),
    [
        ("{# a comment #}\n<p>{{ x }}</p>\n\n{% if y %}\n", "a.html", {2, 4}),
        ("<!-- a comment -->\n<p>\n", "b.html", {2}),
        ("/* a comment */\nbody { margin: 0; }\n", "style.css", {2}),
        ("# a comment\nFlask>=3.1\n\n", "requirements.txt", {2}),
    ],
)
def test_text_files_leave_out_blank_lines_and_comments(
    text: str, path: str, lines: set[int]
) -> None:
    """Templates, CSS and requirements count lines with more than comments."""
    assert text_code_lines(highlight(text, path)) == lines


@pytest.mark.parametrize(
    "concern",
    [c for c in CONCERNS if any("::" in e for s in c.sides.values() for e in s)],
)
def test_a_symbol_counts_only_its_own_lines(concern) -> None:
    """Where the map names a symbol, only lines inside that symbol count."""
    for app, entries in concern.sides.items():
        spans = {(p.path, p.first, p.last) for p in side(app, entries).pieces}
        for path, number in COUNTS[concern.id][app].lines:
            assert any(p == path and a <= number <= b for p, a, b in spans)


def test_a_built_in_side_counts_nothing() -> None:
    """A side the framework gives is shown as built in, with no lines."""
    counts = COUNTS["csrf"]["django"]
    assert counts.built_in and not counts.lines and not counts.packages


def test_packages_are_what_the_code_imports_beyond_the_framework() -> None:
    """Forms need WTForms in Flask; Django's settings name WhiteNoise by path."""
    assert COUNTS["forms"]["flask"].packages == ["WTForms"]
    assert COUNTS["forms"]["django"].packages == []
    assert "WhiteNoise" in COUNTS["settings"]["django"].packages
    every = {p for row in COUNTS.values() for app in APPS for p in row[app].packages}
    assert not every & {"Flask", "Werkzeug", "Jinja2", "Django", "asgiref"}


@pytest.mark.parametrize(
    ("app", "name", "expected"),
    [
        ("flask", "os", None),
        ("flask", "werkzeug", None),
        ("flask", "flask_app", None),
        ("flask", "flask_login", "Flask-Login"),
        ("django", "notes", None),
        ("django", "whitenoise", "WhiteNoise"),
    ],
)
def test_an_import_names_its_distribution(app: str, name: str, expected) -> None:
    """The standard library, the framework and the app's own code need nothing."""
    assert distribution(app, name, "file.py") == expected


def test_an_unknown_import_is_an_error() -> None:
    """An import the tables do not know stops the count, naming the file."""
    with pytest.raises(UnknownImport, match="file.py imports requests"):
        distribution("flask", "requests", "file.py")
