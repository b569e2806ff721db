"""Requests started at the same moment, for races between clients.

Each call runs in its own thread; a barrier holds every thread until all are
ready, then lets them go at once. Whatever a call needs (a signed-in session,
a CSRF token) is prepared before, so that only the racing requests race.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

# Seconds every racing call together may take before the race counts as stuck.
RACE_TIMEOUT = 120.0


def run_together(calls: Sequence[Callable[[], T]]) -> list[T]:
    """Run the calls in threads released together; their results, in order.

    An exception in any call is raised here, after every thread has finished.
    """
    barrier = threading.Barrier(len(calls))

    def released(call: Callable[[], T]) -> T:
        barrier.wait(RACE_TIMEOUT)
        return call()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        futures = [pool.submit(released, call) for call in calls]
        return [future.result(RACE_TIMEOUT) for future in futures]
