"""The command line: `python -m tools.compare [CONCERN] [--out DIR]`."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

from tools.compare import terminal
from tools.compare.concerns import find
from tools.compare.site import OUT, build, gather
from tools.twins import ROOT


def parse(argv: list[str]) -> argparse.Namespace:
    """The command's options."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.compare",
        description="Write the side-by-side site, or show one concern in the terminal.",
    )
    parser.add_argument(
        "concern", nargs="?", help="a concern id of twins.toml, e.g. forms"
    )
    parser.add_argument(
        "--out", default=str(OUT), help="where the site goes (default: build/compare)"
    )
    return parser.parse_args(argv)


def show(concern_id: str) -> int:
    """Print one concern side by side, fitted to the terminal."""
    try:
        page = find(concern_id)
    except LookupError as error:
        print(error, file=sys.stderr)
        return 2
    width = shutil.get_terminal_size().columns
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    sys.stdout.write(terminal.render(page, width, colour))
    return 0


def main(argv: list[str]) -> int:
    """Build the site, or show one concern."""
    options = parse(argv)
    if options.concern:
        return show(options.concern)
    started = time.perf_counter()
    out = Path(options.out).resolve()
    try:
        pages = build(gather(), out)
    except FileExistsError as error:
        print(error, file=sys.stderr)
        return 2
    shown = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
    seconds = time.perf_counter() - started
    print(f"Wrote {len(pages)} pages to {shown}/ in {seconds:.1f} s.")
    print(f"Open {shown / 'index.html'} in a browser (no server needed).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
