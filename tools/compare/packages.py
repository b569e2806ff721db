"""The third-party packages a concern's Python code needs, found from its imports.

Import names map to distributions through a small explicit table rather than
importlib.metadata.packages_distributions(): the table gives the same answer
in every environment, including ones without the apps' requirements, such as
`tox -e docs`. `python -m tools.loc --check-packages` (run by `tox -e
compare`, whose environment has both apps' requirements) checks the table
against the installed distributions. An import that is in no table stops the
count with an error, so a new dependency cannot go unlisted.
"""

from __future__ import annotations

import ast
import re
import sys
from importlib import metadata

from tools.compare.sources import Piece, read_text
from tools.twins import ROOT

# Distributions by import name, spelled as the apps' requirements spell them.
THIRD_PARTY = {
    "alembic": "Alembic",
    "dj_database_url": "dj-database-url",
    "email_validator": "email-validator",
    "flask_admin": "Flask-Admin",
    "flask_login": "Flask-Login",
    "flask_migrate": "Flask-Migrate",
    "flask_sqlalchemy": "Flask-SQLAlchemy",
    "flask_wtf": "Flask-WTF",
    "pytest": "pytest",
    "sqlalchemy": "SQLAlchemy",
    "whitenoise": "WhiteNoise",
    "wtforms": "WTForms",
}
# The framework itself: its distribution and those `pip install` brings with it.
FRAMEWORKS = {
    "flask": (
        "Flask",
        {
            "flask",
            "werkzeug",
            "jinja2",
            "click",
            "itsdangerous",
            "markupsafe",
            "blinker",
        },
    ),
    "django": ("Django", {"django", "asgiref", "sqlparse"}),
}
# Django names its parts by dotted path in settings: "whitenoise.middleware.…".
DOTTED = re.compile(r"^[a-z_]\w*(\.\w+)+$")


class UnknownImport(LookupError):
    """A Python file imports a package that no table here names."""


def own_packages(app: str) -> set[str]:
    """The top-level packages an app imports from itself."""
    if app == "flask":
        return {"flask_app"}
    return {path.parent.name for path in (ROOT / "django_app").glob("*/__init__.py")}


def bindings(tree: ast.Module) -> dict[str, str]:
    """The names a module's imports bind, with the top-level package of each."""
    bound = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                bound[alias.asname or top] = top
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for alias in node.names:
                bound[alias.asname or alias.name] = node.module.split(".")[0]
    return bound


def imported(piece: Piece) -> set[str]:
    """The top-level packages a piece uses: its imports, or a symbol's names."""
    tree = ast.parse(read_text(piece.path))
    bound = bindings(tree)
    if piece.symbol is None:
        nodes = list(ast.walk(tree))
        used = set(bound.values())
    else:
        nodes = [
            node
            for top in tree.body
            if piece.first <= top.lineno <= piece.last
            for node in ast.walk(top)
        ]
        names = {node.id for node in nodes if isinstance(node, ast.Name)}
        used = {bound[name] for name in names if name in bound}
    for node in nodes:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            top = node.value.split(".")[0]
            if DOTTED.match(node.value) and top in THIRD_PARTY:
                used.add(top)
    return used


def distribution(app: str, name: str, path: str) -> str | None:
    """The third-party distribution behind an import in one app's file, if any."""
    if name in sys.stdlib_module_names or name in FRAMEWORKS[app][1]:
        return None
    if name in own_packages(app):
        return None
    if name not in THIRD_PARTY:
        raise UnknownImport(
            f"{path} imports {name}: add its distribution to THIRD_PARTY in "
            "tools/compare/packages.py"
        )
    return THIRD_PARTY[name]


def third_party(app: str, pieces: list[Piece]) -> list[str]:
    """The distributions an app's Python pieces need beyond the framework."""
    found = set()
    for piece in (piece for piece in pieces if piece.path.endswith(".py")):
        for name in imported(piece):
            found.add(distribution(app, name, piece.path))
    return sorted((name for name in found if name), key=str.lower)


def normal(name: str) -> str:
    """A distribution name as pip compares it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def table_problems() -> list[str]:
    """Where the tables disagree with the distributions installed here."""
    installed = metadata.packages_distributions()
    problems = []
    for name, distribution in THIRD_PARTY.items():
        found = {normal(d) for d in installed.get(name, [])}
        if normal(distribution) not in found:
            problems.append(f"{name}: installed by {sorted(found)}, not {distribution}")
    for distribution, names in FRAMEWORKS.values():
        requires = metadata.requires(distribution) or []
        brought = {normal(re.split(r"[ ;<>=!~\[]", r)[0]) for r in requires}
        brought.add(normal(distribution))
        for name in sorted(names):
            found = {normal(d) for d in installed.get(name, [])}
            if not found & brought:
                problems.append(f"{name}: not part of what {distribution} installs")
    return problems
