"""One benchmark run, phase by phase: prepare, start, warm up, count, profile, load.

The load runs are interleaved: every round measures each endpoint on every
target before the next endpoint, and the order of the targets turns by one
each round, so that a burst of other work on the machine does not land on one
target only. The report gives the medians over the rounds, with min–max.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from bench.endpoints import (
    HOME,
    LARGE_ENDPOINTS,
    SIGN_IN,
    SMALL_ENDPOINTS,
    Endpoint,
    newest_note_id,
    request_for,
)
from bench.load import Request, send_once
from bench.measure import measure
from bench.postgres import databases
from bench.results import Plan, Results
from bench.targets import (
    ANCHORS,
    LARGE,
    PROFILED,
    TWINS,
    Target,
    anchor_targets,
    cleanup,
    home_page,
    prepare_twins,
    run_script,
)

WARM_UP_REQUESTS = 20  # per endpoint; a sign-in, which hashes a password: 2
ALL_ENDPOINTS = tuple(dict.fromkeys((*SMALL_ENDPOINTS, *LARGE_ENDPOINTS)))
Log = Callable[[str], None]


def endpoints_of(target: Target) -> tuple[Endpoint, ...]:
    """Return what is measured on a target."""
    if target.app is None:
        return (HOME,)
    return LARGE_ENDPOINTS if target.key.endswith(LARGE) else SMALL_ENDPOINTS


def execute(plan: Plan, log: Log) -> Results:
    """Run the whole benchmark; log(text) reports progress."""
    results = Results(plan)
    keys = [f"{name}{suffix}" for suffix in ("", f"-{LARGE}") for name in TWINS]
    targets: list[Target] = []
    with databases(plan.postgres, keys) as database_urls:
        try:
            log("Preparing four databases (migrate, seed, 10,000 notes)…")
            targets += prepare_twins(database_urls)
            for target in targets:
                target.server.start()
            (flask,) = [target for target in targets if target.key == "flask"]
            targets += anchor_targets(home_page(flask))
            for target in targets[-len(ANCHORS) :]:
                target.server.start()
            requests = describe(targets, results)
            log("Counting SQL queries; profiling the home pages…")
            count_and_profile(targets, requests, results)
            for number in range(plan.rounds):
                log(f"Round {number + 1} of {plan.rounds}: restart, warm up, load…")
                order = targets[number:] + targets[:number]
                restart_and_warm_up(order, requests, results)
                load_round(order, requests, results)
        finally:
            cleanup(targets)
    return results


def describe(targets: list[Target], results: Results) -> dict[tuple[str, str], Request]:
    """Name each target, weigh its home page and make the requests of its runs."""
    requests = {}
    for target in targets:
        base_url = target.server.base_url
        results.titles[target.key] = target.title
        results.page_bytes[target.key] = len(home_page(target))
        note = newest_note_id(base_url) if target.app else 0
        for endpoint in endpoints_of(target):
            request = request_for(endpoint, base_url, target.profile, note)
            requests[target.key, endpoint.label] = request
    return requests


def restart_and_warm_up(
    order: list[Target], requests: dict[tuple[str, str], Request], results: Results
) -> None:
    """Start each server afresh, timing it; send each endpoint a few requests.

    A new worker every round: how fast one process runs the same code varies a
    little with where its memory landed, and the median over the rounds then
    spans several processes. The memory is read after the warm-up.
    """
    for target in order:
        server = target.server
        server.stop()
        results.cold_start.setdefault(target.key, []).append(server.start())
        for endpoint in endpoints_of(target):
            request = requests[target.key, endpoint.label]
            for _ in range(2 if endpoint.label == SIGN_IN else WARM_UP_REQUESTS):
                send_once(server.base_url, request)
            if endpoint == HOME:
                results.rss_home.setdefault(target.key, []).append(server.rss_bytes())
        results.rss_all.setdefault(target.key, []).append(server.rss_bytes())


def count_and_profile(
    targets: list[Target], requests: dict[tuple[str, str], Request], results: Results
) -> None:
    """Count each twin's queries per endpoint; profile every home page at 12 notes."""
    for target in targets:
        env = target.server.env
        if target.app is not None:
            paths = {
                e.label: requests[target.key, e.label].path
                for e in endpoints_of(target)
            }
            out = run_script(env, f"bench.queries_{target.app.name}", json.dumps(paths))
            results.queries[target.key] = json.loads(out)
        if target.key in PROFILED:
            out = run_script(env, "bench.profile_home", target.server.wsgi[-1])
            results.profiles[target.key] = json.loads(out)


def load_round(
    order: list[Target], requests: dict[tuple[str, str], Request], results: Results
) -> None:
    """Measure every endpoint on every target once, endpoint by endpoint."""
    for endpoint in ALL_ENDPOINTS:
        for target in order:
            if endpoint in endpoints_of(target):
                sample = measure(
                    target.server,
                    requests[target.key, endpoint.label],
                    results.plan.seconds_for(endpoint),
                )
                results.samples.setdefault((target.key, endpoint.label), []).append(
                    sample
                )
