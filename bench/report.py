"""The benchmark's Markdown tables, from the results of one run.

Each figure is the median over the rounds with the range in brackets; "CPU"
is the worker's CPU milliseconds per request; a ratio divides CPU times.
"""

from __future__ import annotations

from statistics import median

from bench.endpoints import API, API_DEEP, DEEP, HOME, LARGE_ENDPOINTS, SMALL_ENDPOINTS
from bench.measure import Summary
from bench.results import Results
from bench.targets import LARGE, PROFILED, TWINS

FLOORS = {"flask": "flask-min", "django": "django-min"}
HOME_ROWS = ("raw", "flask-min", "flask", "django-min", "django")
# A deep page is compared with page 1 of the same list at 12 notes.
PAGE_ONE = {DEEP.label: HOME.label, API_DEEP.label: API.label}


def _summary(results: Results, key: str, label: str) -> Summary:
    return Summary(tuple(results.samples[key, label]))


def _spread(values: list[float], digits: int, unit: str = "") -> str:
    """Format the median of values, and their range when there are several."""
    mid = f"{median(values):.{digits}f}{unit}"
    if len(values) == 1:
        return mid
    return f"{mid} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def _latency(summary: Summary) -> str:
    return f"{summary.median('p50_ms'):.0f} / {summary.median('p99_ms'):.0f}"


def _ratio(results: Results, key: str, label: str, base_key: str, base: str) -> str:
    cpu = _summary(results, key, label).median("cpu_ms")
    return f"{cpu / _summary(results, base_key, base).median('cpu_ms'):.1f}×"


def home_table(results: Results) -> list[str]:
    """Compare each twin's home page with its framework's floor and the ceiling."""
    lines = [
        "| server | CPU ms/request | × its framework's floor | × raw ceiling "
        "| req/s | p50 / p99 ms | errors | page bytes |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for key in HOME_ROWS:
        summary = _summary(results, key, HOME.label)
        floor = FLOORS.get(key)
        cells = [
            results.titles[key],
            _spread(summary.values("cpu_ms"), 2),
            _ratio(results, key, HOME.label, floor, HOME.label) if floor else "—",
            _ratio(results, key, HOME.label, "raw", HOME.label),
            _spread(summary.values("rps"), 0),
            _latency(summary),
            str(summary.errors),
            f"{results.page_bytes[key]:,}",
        ]
        lines.append(f"| {' | '.join(cells)} |")
    return lines


def endpoint_table(results: Results, large: bool) -> list[str]:
    """Show every endpoint, Flask and Django side by side, at 12 or 10,000 notes."""
    endpoints = LARGE_ENDPOINTS if large else SMALL_ENDPOINTS
    per_app = (
        "CPU ms | × 12 notes | req/s | p50 / p99 ms"
        if large
        else ("CPU ms | req/s | p50 / p99 ms")
    )
    columns = per_app.count("|") + 1
    lines = [
        f"| endpoint | Flask {per_app.replace(' | ', ' | Flask ')} "
        f"| Django {per_app.replace(' | ', ' | Django ')} | errors |",
        "|---" * (2 * columns + 2) + "|",
    ]
    for endpoint in endpoints:
        cells, errors = [], 0
        for name in TWINS:
            key = f"{name}-{LARGE}" if large else name
            summary = _summary(results, key, endpoint.label)
            errors += summary.errors
            cells.append(_spread(summary.values("cpu_ms"), 2))
            if large:
                base = PAGE_ONE.get(endpoint.label, endpoint.label)
                cells.append(_ratio(results, key, endpoint.label, name, base))
            cells += [_spread(summary.values("rps"), 0), _latency(summary)]
        lines.append(f"| `{endpoint.label}` | {' | '.join(cells)} | {errors} |")
    return lines


def process_table(results: Results) -> list[str]:
    """Show each worker's memory and the time from the command to the first 200."""
    lines = [
        "| server | worker RSS after the home page | after every endpoint "
        "| cold start to first 200 |",
        "|---|---|---|---|",
    ]
    for key in results.titles:
        home, every = (
            _spread([value / 2**20 for value in rss[key]], 0, " MiB")
            for rss in (results.rss_home, results.rss_all)
        )
        cold = _spread(results.cold_start[key], 2, " s")
        lines.append(f"| {results.titles[key]} | {home} | {every} | {cold} |")
    return lines


def queries_table(results: Results) -> list[str]:
    """Show the SQL queries per request, counted with each framework's tools."""
    keys = [f"{name}{size}" for name in TWINS for size in ("", f"-{LARGE}")]
    lines = [
        "| endpoint | Flask, 12 notes | Flask, 10,000 | Django, 12 notes | "
        "Django, 10,000 |",
        "|---|---|---|---|---|",
    ]
    for endpoint in dict.fromkeys((*SMALL_ENDPOINTS, *LARGE_ENDPOINTS)):
        counts = [results.queries[key].get(endpoint.label) for key in keys]
        cells = ["—" if count is None else str(count) for count in counts]
        lines.append(f"| `{endpoint.label}` | {' | '.join(cells)} |")
    return lines


def profile_table(results: Results, top: int = 6) -> list[str]:
    """Show the in-process time of GET / and the libraries its CPU time goes to."""
    lines = [
        "| server | in process, ms/request "
        "| where the time goes (cProfile, own time) |",
        "|---|---|---|",
    ]
    for key in PROFILED:
        profile = results.profiles[key]
        shares = list(profile["shares"].items())[:top]
        where = ", ".join(f"{name} {share:.0%}" for name, share in shares)
        ms = profile["ms_per_request"]
        lines.append(
            f"| {results.titles[key]} | {ms:.{2 if ms >= 0.1 else 3}f} | {where} |"
        )
    return lines
