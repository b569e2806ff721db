"""The reading site's alignment of two twins, and its terminal view.

tools/compare/align.py pairs the lines of the two sides; tools/compare/terminal.py
prints one concern in two columns fitted to the terminal.
"""

from __future__ import annotations

import pytest

from tools.compare import terminal
from tools.compare.__main__ import main
from tools.compare.align import CHANGED, LEFT, RIGHT, SAME, Pair, align
from tools.compare.concerns import find
from tools.compare.site import Site, gather
from tools.compare.sources import side, span
from tools.twins import load

CONCERNS = load()[1]


@pytest.fixture(scope="module")
def site() -> Site:
    """What the site is built from, gathered once for this module."""
    return gather()


def kinds(pairs: list[Pair]) -> list[tuple[int | None, int | None, str]]:
    """Pairs as plain tuples, for comparing with what a test expects."""
    return [(pair.left, pair.right, pair.kind) for pair in pairs]


def test_identical_lines_face_each_other_around_one_sided_ones() -> None:
    """Lines the same on both sides pair up; a line only one side has stands alone."""
    left = ["import os", "", "def home():", "    return 1", "x = 2"]
    right = ["import os", "import sys", "", "def home():", "    return 1"]
    assert kinds(align(left, right)) == [
        (0, 0, SAME),
        (None, 1, RIGHT),
        (1, 2, SAME),
        (2, 3, SAME),
        (3, 4, SAME),
        (4, None, LEFT),
    ]


def test_same_named_definitions_and_settings_face_each_other() -> None:
    """A def, class or setting faces its namesake even when what follows differs."""
    left = ["def describe_request():", "    pass", "PER_PAGE = 10"]
    right = ["import os", "def describe_request(request):", "PER_PAGE = 20"]
    pairs = kinds(align(left, right))
    assert (0, 1, CHANGED) in pairs
    assert (2, 2, CHANGED) in pairs


def test_framework_names_and_indentation_are_set_aside() -> None:
    """Lines that differ only by the framework's name or spacing still pair."""
    left = ['    """Twin: django_app/notes/forms.py."""', "x = 1"]
    right = ['"""Twin: flask_app/notes/forms.py."""', "x = 1"]
    assert kinds(align(left, right)) == [(0, 0, CHANGED), (1, 1, SAME)]


def test_unrelated_lines_are_not_paired() -> None:
    """Lines with nothing in common stay one-sided rather than face each other."""
    pairs = kinds(align(["return render(page)"], ["import os.path"]))
    assert pairs == [(0, None, LEFT), (None, 0, RIGHT)]


@pytest.mark.parametrize("concern", CONCERNS, ids=[c.id for c in CONCERNS])
def test_every_line_of_a_concern_is_shown_once_in_order(site: Site, concern) -> None:
    """Each side's rows hold each of its files' lines once, in the files' order."""
    (page,) = [page for page in site.pages if page.concern.id == concern.id]
    for number, app_side in enumerate(page.sides):
        shown = [
            (cell.label, cell.number)
            for section in page.sections
            for row in section.rows
            for cell in [(row.left, row.right)[number]]
            if cell is not None
        ]
        lines = [piece.last - piece.first + 1 for piece in app_side.pieces]
        code = [n for n in shown if n[0] is None]
        assert len(code) == sum(max(n, 0) for n in lines)
        labels = [label for label, _ in shown if label is not None]
        assert sorted(labels) == sorted(
            piece.label + (" (an empty file)" if piece.last < piece.first else "")
            for piece in app_side.pieces
        )


def test_a_symbol_is_shown_with_its_comment_and_decorators() -> None:
    """A symbol's span starts at the comment block above it and its decorators."""
    source = "import x\n\n# Why it is here.\n@decorate\ndef view():\n    return 1\n"
    assert span(source, "view") == (3, 6)


def test_an_entry_the_code_lacks_is_noted_not_shown() -> None:
    """A path or symbol the map names but the code lacks is listed as missing."""
    found = side("django", ["django_app/no_such_file.py", "built in: X"])
    assert found.pieces == []
    assert found.built_in == ["X"]
    assert found.missing == ["django_app/no_such_file.py: no such path"]


@pytest.mark.parametrize("width", [50, 80, 132, 200])
def test_the_terminal_view_fits_the_width(width: int) -> None:
    """No line of the terminal view is wider than the terminal."""
    text = terminal.render(find("forms"), width, colour=False)
    assert max(len(line) for line in text.splitlines()) <= width
    # Wide enough, a line is shown whole, facing its twin.
    wide = terminal.render(find("forms"), 200, colour=False).splitlines()
    assert any(
        "class ContactForm(TextForm):" in line
        and "class ContactForm(forms.Form):" in line
        for line in wide
    )


def test_the_terminal_view_is_coloured_only_when_asked() -> None:
    """Colours are ANSI codes, written only when the caller asks for them."""
    page = find("forms")
    assert "\033[" not in terminal.render(page, 100, colour=False)
    assert "\033[" in terminal.render(page, 100, colour=True)


def test_the_command_prints_one_concern(capsys: pytest.CaptureFixture[str]) -> None:
    """`python -m tools.compare forms` prints the concern, uncoloured off a tty."""
    assert main(["forms"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("9. Forms: The note and contact forms")
    assert "\033[" not in printed


def test_an_unknown_concern_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """An id that is not in the map gets an error that lists the known ids."""
    assert main(["no-such-concern"]) == 2
    assert "forms" in capsys.readouterr().err
