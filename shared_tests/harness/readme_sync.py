"""The README's block of observed differences: where it is, how it disagrees, merging.

The block sits between two markers in README.md (other generated blocks use
the same markers with their own names). `sync_problems` lists where
it disagrees with a run; `merge` gives the block's table updated by a run
(`--update-readme`). A row whose value depends on the server mode ("… (dev)")
is only compared in runs of that mode.
"""

from __future__ import annotations

from collections.abc import Iterable

from harness.observations import ObservationError, Table, applies_to, sort_key

OBSERVED_BLOCK = "observed-differences"


def markers(name: str) -> tuple[str, str]:
    """The comments that open and close the README block called name."""
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def split_readme(text: str, name: str = OBSERVED_BLOCK) -> tuple[str, str, str]:
    """Split the README into (before, block, after) around a block's markers."""
    start_marker, end_marker = markers(name)
    start = text.find(start_marker)
    end = text.find(end_marker)
    if start < 0 or end < start:
        raise ObservationError(
            f"README.md needs a block between {start_marker!r} and {end_marker!r}"
        )
    head = start + len(start_marker)
    return text[:head], text[head:end], text[end:]


def replace_block(text: str, name: str, content: str) -> str:
    """The README text with the block called name holding content."""
    before, _, after = split_readme(text, name)
    return f"{before}\n{content.rstrip()}\n{after}"


def sync_problems(
    observed: Table, readme: Table, apps: Iterable[str], mode: str, complete: bool
) -> list[str]:
    """Where the README block disagrees with this run, for the given apps.

    A row observed in this run must be in the README with the same value. When
    the run was complete (every test module, nothing deselected), a README row
    for this mode that no test observed is stale.
    """
    problems = []
    for app in apps:
        for row in sorted(observed, key=sort_key):
            value = observed[row].get(app)
            if value is None:
                continue
            documented = readme.get(row, {}).get(app)
            if documented is None:
                problems.append(f"missing in README: {row!r} [{app}] = {value!r}")
            elif documented != value:
                problems.append(
                    f"out of date: {row!r} [{app}]: README says {documented!r}, "
                    f"observed {value!r}"
                )
        if complete:
            for row in sorted(readme, key=sort_key):
                if (
                    applies_to(row, mode)
                    and app in readme[row]
                    and app not in observed.get(row, {})
                ):
                    problems.append(f"stale in README (not observed): {row!r} [{app}]")
    return problems


def merge(
    observed: Table, readme: Table, apps: Iterable[str], mode: str, complete: bool
) -> Table:
    """The README table updated with this run's values for the given apps."""
    merged: Table = {row: dict(values) for row, values in readme.items()}
    for app in apps:
        if complete:
            for row, values in merged.items():
                if applies_to(row, mode) and app not in observed.get(row, {}):
                    values.pop(app, None)
        for row, values in observed.items():
            if app in values:
                merged.setdefault(row, {})[app] = values[app]
    return {row: values for row, values in merged.items() if values}
