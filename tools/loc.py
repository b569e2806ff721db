"""What each framework made you write: lines of code and packages per concern.

python -m tools.loc                   # fail when the README's loc block is stale
python -m tools.loc --write           # rewrite the block from the code
python -m tools.loc --check-packages  # the import table against installed packages
"""

from __future__ import annotations

import sys

from tools.compare.measure import Count, measure, total
from tools.compare.packages import table_problems
from tools.twins import APPS, README, SUITE, load

sys.path.insert(0, str(SUITE))
from harness.readme_sync import replace_block, split_readme  # noqa: E402

BLOCK = "loc"
LEAD_IN = """\
Counted: Python by its tokens, leaving out blank lines, comments and
docstrings; templates and other text files by the lines that hold more than
spacing and comments (template, HTML and CSS comments). Where the map names a
symbol (`create_app`), only the symbol's lines count; a file that several
concerns name counts in each of them, and once in the total. Packages: the
distributions that a concern's Python code imports, or names by a dotted path
as Django's settings do, other than the standard library, the app's own
packages and the framework with what `pip install` brings along with it
(Werkzeug, Jinja2, click, itsdangerous, MarkupSafe and blinker with Flask;
asgiref and sqlparse with Django)."""


def cell(count: Count) -> str:
    """A count's lines as the table shows them."""
    return "built in" if count.built_in else str(len(count.lines))


def table() -> str:
    """The lead-in and the table: one row per concern, then the totals."""
    _, concerns = load()
    counts = measure(concerns)
    titles = [APPS[app] for app in APPS]
    lines = [
        LEAD_IN,
        "",
        f"| Topic | Concern | {' | '.join(f'{t} lines' for t in titles)} | "
        f"{' | '.join(f'{t} needs' for t in titles)} |",
        "|---|---|---:|---:|---|---|",
    ]
    for concern in sorted(concerns, key=lambda c: c.topic):
        row = counts[concern.id]
        numbers = [cell(row[app]) for app in APPS]
        needs = [", ".join(row[app].packages) or "—" for app in APPS]
        lines.append(
            f"| {concern.topic} | {concern.title} | {' | '.join(numbers)} | "
            f"{' | '.join(needs)} |"
        )
    totals = total(counts)
    numbers = [f"**{len(totals[app].lines)}**" for app in APPS]
    needs = [", ".join(totals[app].packages) or "—" for app in APPS]
    lines.append(
        f"| | **All concerns** | {' | '.join(numbers)} | {' | '.join(needs)} |"
    )
    return "\n".join(lines)


def stale(readme: str) -> bool:
    """Whether the README's loc block differs from what the code measures now."""
    return split_readme(readme, BLOCK)[1].strip() != table().strip()


def main(argv: list[str]) -> int:
    """Check the README's block, rewrite it, or check the package table."""
    if "--check-packages" in argv:
        problems = table_problems()
        for problem in problems:
            print(f"tools/compare/packages.py: {problem}", file=sys.stderr)
        return 1 if problems else 0
    text = README.read_text(encoding="utf-8")
    if "--write" in argv:
        README.write_text(replace_block(text, BLOCK, table()), encoding="utf-8")
        return 0
    if stale(text):
        print("README.md: the loc block is out of date (python -m tools.loc --write)")
        return 1
    print("The README's loc block is up to date.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
