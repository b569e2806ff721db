"""The README's blocks written from the concern map: the twin table and the topics.

python -m tools.readme            # fail when the README's blocks are stale
python -m tools.readme --write    # rewrite them from twins.toml
"""

from __future__ import annotations

import sys

from tools.twins import (
    APPS,
    README,
    SUITE,
    Concern,
    Topic,
    link,
    load,
    one_sided,
    problems,
    test_link,
)

# The README blocks are found the way the shared suite finds its own block.
sys.path.insert(0, str(SUITE))
from harness.readme_sync import replace_block, split_readme  # noqa: E402


def twin_table(topics: list[Topic], concerns: list[Concern]) -> str:
    """Every concern with its files on each side, in topic order."""
    lines = ["| Topic | Concern | Flask | Django |", "|---|---|---|---|"]
    for concern in sorted(concerns, key=lambda c: c.topic):
        sides = [
            "<br>".join(link(entry) for entry in concern.sides[app]) for app in APPS
        ]
        lines.append(f"| {concern.topic} | {concern.title} | {' | '.join(sides)} |")
    return "\n".join(lines)


def one_sided_list(concerns: list[Concern]) -> str:
    """The concerns that only one app writes code for: the other has them built in."""
    items = []
    for concern in concerns:
        built_in = one_sided(concern)
        if built_in is None:
            continue
        (writer,) = [app for app in APPS if app != built_in]
        code = ", ".join(link(entry) for entry in concern.sides[writer])
        given = "; ".join(e.removeprefix("built in: ") for e in concern.sides[built_in])
        items.append(
            f"- **{concern.title}**: {APPS[writer]} {code}; "
            f"{APPS[built_in]} has it built in ({given})."
        )
    return "\n".join(items)


def topic_sections(topics: list[Topic], concerns: list[Concern]) -> str:
    """One section per topic: its text, its concerns and the tests that prove it."""
    parts = []
    for topic in sorted(topics, key=lambda t: t.number):
        mine = [c for c in concerns if c.topic == topic.number]
        tests = dict.fromkeys(test for c in mine for test in c.tests)
        proof = ", ".join(test_link(t) for t in tests) or "each app's own"
        parts.append(
            f"### {topic.number}. {topic.title}\n\n{topic.text}\n\n"
            f"Concerns: {', '.join(c.title for c in mine)}. "
            f"Tests: {proof}. "
            f"Observed: the rows numbered {topic.number}. in the tables below."
        )
    return "\n\n".join(parts)


def blocks() -> dict[str, str]:
    """The README blocks the map writes, by name."""
    topics, concerns = load()
    return {
        "twins": twin_table(topics, concerns),
        "one-sided": one_sided_list(concerns),
        "topics": topic_sections(topics, concerns),
    }


def stale_blocks(text: str) -> list[str]:
    """The names of the blocks whose README text differs from the map's."""
    return [
        name
        for name, content in blocks().items()
        if split_readme(text, name)[1].strip() != content.strip()
    ]


def main(argv: list[str]) -> int:
    """Check the README's blocks, or rewrite them with --write."""
    text = README.read_text(encoding="utf-8")
    if "--write" in argv:
        for name, content in blocks().items():
            text = replace_block(text, name, content)
        README.write_text(text, encoding="utf-8")
        return 0
    found = problems(*load())
    found += [
        f"README.md: the {name} block is out of date (python -m tools.readme --write)"
        for name in stale_blocks(text)
    ]
    print("\n".join(found) or "twins.toml and the README agree with the code.")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
