"""One load run against one server, and the medians over the rounds.

The worker's CPU time per request is the main figure: on a machine shared with
other work, req/s fall whenever something else runs, while the CPU the worker
spends on one request changes much less. It is the worker's user + system
time over the run divided by the requests the worker itself counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from bench.load import Request, run_load
from bench.servers import Server


@dataclass(frozen=True)
class Sample:
    """What one load run measured."""

    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    cpu_ms: float  # worker CPU per request served
    served: int  # requests the worker counted during the run


def measure(server: Server, request: Request, seconds: int) -> Sample:
    """Run the load generator against server and read the worker around it."""
    served_before, cpu_before = server.settle()
    result = run_load(server.base_url, request, seconds)
    served_after, cpu_after = server.settle()
    served = served_after - served_before
    if served == 0:
        raise RuntimeError(f"{server.name} served nothing for {request.path}")
    return Sample(
        rps=result.rps,
        p50_ms=result.p50_ms,
        p99_ms=result.p99_ms,
        errors=result.errors,
        cpu_ms=(cpu_after - cpu_before) / served * 1000,
        served=served,
    )


@dataclass(frozen=True)
class Summary:
    """The samples of one target and endpoint over every round."""

    samples: tuple[Sample, ...]

    def values(self, name: str) -> list[float]:
        """Return one figure of every round."""
        return [getattr(sample, name) for sample in self.samples]

    def median(self, name: str) -> float:
        """Return the median of one figure over the rounds."""
        return median(self.values(name))

    @property
    def errors(self) -> int:
        """Return the failed requests of every round together."""
        return sum(sample.errors for sample in self.samples)
