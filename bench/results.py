"""What a run is asked to measure (Plan) and everything it measured (Results)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bench.endpoints import SIGN_IN, Endpoint
from bench.measure import Sample


@dataclass(frozen=True)
class Plan:
    """How much to measure."""

    rounds: int
    seconds: int  # per load run
    postgres: str | None = None

    @property
    def sign_in_seconds(self) -> int:
        """Return the length of a sign-in's load run."""
        # A sign-in hashes a password on purpose, for a tenth of a second or
        # more: a longer run collects enough of them to count.
        return self.seconds * 2

    def seconds_for(self, endpoint: Endpoint) -> int:
        """Return the length of a load run on this endpoint."""
        return self.sign_in_seconds if endpoint.label == SIGN_IN else self.seconds


@dataclass
class Results:
    """Everything one run measured, keyed by target key and endpoint label."""

    plan: Plan
    titles: dict[str, str] = field(default_factory=dict)
    samples: dict[tuple[str, str], list[Sample]] = field(default_factory=dict)
    cold_start: dict[str, list[float]] = field(default_factory=dict)
    # Bytes of worker memory, once per round: after the home page's warm-up,
    # and after every endpoint's.
    rss_home: dict[str, list[int]] = field(default_factory=dict)
    rss_all: dict[str, list[int]] = field(default_factory=dict)
    page_bytes: dict[str, int] = field(default_factory=dict)
    queries: dict[str, dict[str, int]] = field(default_factory=dict)
    profiles: dict[str, dict[str, object]] = field(default_factory=dict)
