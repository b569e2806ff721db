"""The code behind a concern map entry: a file, one symbol of it, or a folder's files.

A `Piece` is the span of one file that an entry shows: the whole file, or a
symbol with its decorators and the comment block just above it. A folder
gives each file under it that git would track (the repository's .gitignore
decides), binary files left out. "built in: …" entries have no code, and
neither has an entry whose file or symbol is gone.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pathspec

from tools.twins import APPS, BUILT_IN, ROOT, entry_problems, split_entry


@dataclass(frozen=True)
class Piece:
    """Lines first..last (1-based, inclusive) of one file; last < first if empty."""

    path: str  # from the repository root, with forward slashes
    symbol: str | None
    first: int
    last: int

    @property
    def label(self) -> str:
        """How the page names the piece: the path, or the symbol in the path."""
        return f"{self.symbol} in {self.path}" if self.symbol else self.path

    @property
    def app_path(self) -> str:
        """The path inside the app's folder, where twin files have the same name."""
        return self.path.split("/", 1)[1]


@dataclass(frozen=True)
class Side:
    """What one app has for a concern: pieces of code and built-in notes."""

    app: str
    pieces: list[Piece]
    built_in: list[str]  # the text after "built in: "
    missing: list[str]  # what the map names but the code no longer has

    @property
    def title(self) -> str:
        """The framework's name, as the pages write it."""
        return APPS[self.app]


@cache
def read_text(path: str) -> str:
    """A repository file's text (files are read once per run)."""
    return (ROOT / path).read_text(encoding="utf-8")


@cache
def ignored() -> pathspec.GitIgnoreSpec:
    """The repository's .gitignore as a matcher of paths from the root."""
    gitignore = ROOT / ".gitignore"
    text = gitignore.read_text(encoding="utf-8") if gitignore.exists() else ""
    return pathspec.GitIgnoreSpec.from_lines(text.splitlines())


def is_text(path: Path) -> bool:
    """Whether a file is UTF-8 text (images and databases are not shown)."""
    data = path.read_bytes()
    if b"\0" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def folder_files(folder: str) -> list[str]:
    """The text files under a folder that git would track, sorted."""
    found = []
    for path in sorted((ROOT / folder).rglob("*")):
        relative = path.relative_to(ROOT).as_posix()
        if path.is_file() and not ignored().match_file(relative) and is_text(path):
            found.append(relative)
    return found


def span(source: str, symbol: str) -> tuple[int, int]:
    """The lines of a top-level symbol: its comment block, decorators and body."""
    for node in ast.parse(source).body:
        names = []
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        if symbol in names:
            decorators = getattr(node, "decorator_list", [])
            first = min([node.lineno, *(d.lineno for d in decorators)])
            lines = source.splitlines()
            # The comment block right above a symbol says why it is there.
            while first > 1 and lines[first - 2].lstrip().startswith("#"):
                first -= 1
            return first, node.end_lineno or node.lineno
    raise LookupError(f"no top-level {symbol}")


def whole_file(path: str) -> Piece:
    """A piece that is the whole file."""
    return Piece(path, None, 1, len(read_text(path).splitlines()))


def entry_pieces(entry: str) -> list[Piece]:
    """The pieces of code one map entry stands for (none for a built-in)."""
    if entry.startswith(BUILT_IN):
        return []
    path, symbol = split_entry(entry)
    if symbol:
        return [Piece(path, symbol, *span(read_text(path), symbol))]
    if path.endswith("/"):
        return [whole_file(file) for file in folder_files(path)]
    return [whole_file(path)]


def side(app: str, entries: list[str]) -> Side:
    """One app's side of a concern; an entry the code lacks is noted, not shown."""
    # The map's own check (python -m tools.readme) fails on such an entry; the
    # site still builds, and says what is missing.
    missing = [problem for entry in entries for problem in entry_problems(entry)]
    found = [entry for entry in entries if not entry_problems(entry)]
    pieces = [piece for entry in found for piece in entry_pieces(entry)]
    built_in = [e.removeprefix(BUILT_IN) for e in entries if e.startswith(BUILT_IN)]
    return Side(app, pieces, built_in, missing)


def sides(concern_sides: dict[str, list[str]]) -> list[Side]:
    """Both apps' sides of a concern, Flask first."""
    return [side(app, concern_sides[app]) for app in APPS]
