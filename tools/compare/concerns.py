"""Everything one concern's page shows, gathered from the map and the code."""

from __future__ import annotations

from dataclasses import dataclass

from tools.compare.rows import Section, sections
from tools.compare.sources import Side, sides
from tools.twins import Concern, Topic, load


@dataclass(frozen=True)
class ConcernPage:
    """A concern with its topic, both sides and their code aligned."""

    concern: Concern
    topic: Topic
    sides: list[Side]
    sections: list[Section]


def concern_page(concern: Concern, topics: list[Topic]) -> ConcernPage:
    """Gather one concern's page."""
    (topic,) = [t for t in topics if t.number == concern.topic]
    flask, django = sides(concern.sides)
    return ConcernPage(concern, topic, [flask, django], sections(flask, django))


def ordered(concerns: list[Concern]) -> list[Concern]:
    """The concerns in the order of their topics (the map's order within one)."""
    return sorted(concerns, key=lambda concern: concern.topic)


def find(concern_id: str) -> ConcernPage:
    """The page of the concern with this id; LookupError names the known ids."""
    topics, concerns = load()
    for concern in concerns:
        if concern.id == concern_id:
            return concern_page(concern, topics)
    known = ", ".join(c.id for c in ordered(concerns))
    raise LookupError(f"no concern {concern_id!r} in twins.toml; known: {known}")
