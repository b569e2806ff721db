"""axe-core in the page: inject it, run it, read its violations.

axe-core comes from its npm package, pinned in tox.ini's browser environment
(`npm install` into the environment's folder, nothing vendored here), which
hands its path over in $AXE_CORE. It is injected into each page with
Playwright's add_script_tag and run with its default rules (WCAG 2 A and AA
plus best practices).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page

ENV_VARIABLE = "AXE_CORE"
HOW_TO_GET_IT = (
    "axe-core not found: run `tox -e browser`, or `npm install --prefix DIR "
    f"axe-core@4` and set {ENV_VARIABLE}=DIR/node_modules/axe-core/axe.min.js."
)
RUN_AXE = "() => axe.run(document, {resultTypes: ['violations']})"


@dataclass(frozen=True)
class Violation:
    """One axe rule the page breaks, and where."""

    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]  # a CSS selector for each offending element

    def __str__(self) -> str:
        return f"{self.rule} ({self.impact}): {self.help} at {', '.join(self.targets)}"


def axe_script() -> Path | None:
    """The axe-core script to inject, or None when it is not installed."""
    configured = os.environ.get(ENV_VARIABLE)
    if configured and Path(configured).is_file():
        return Path(configured)
    return None


def violations(page: Page, script: Path) -> list[Violation]:
    """Run axe-core on the page as it is now; its violations, sorted by rule."""
    page.add_script_tag(path=script)
    result = page.evaluate(RUN_AXE)
    found = [
        Violation(
            rule=item["id"],
            impact=item["impact"] or "",
            help=item["help"],
            targets=tuple(
                " ".join(str(part) for part in node["target"]) for node in item["nodes"]
            ),
        )
        for item in result["violations"]
    ]
    return sorted(found, key=lambda violation: violation.rule)


def summary(found: list[Violation]) -> str:
    """The violations as one line: their count and rule ids."""
    if not found:
        return "0"
    return f"{len(found)}: " + ", ".join(violation.rule for violation in found)
