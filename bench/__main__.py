"""python -m bench [--quick] [--postgres URL]: measure, print and save the report.

`tox -e bench` runs this from the repository root. The report goes to
build/bench.md and to the terminal; the exit status is 1 when any request of
a measured run failed or got an unexpected status.
"""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import time
from datetime import datetime, timezone
from urllib.parse import urlsplit

from bench import REPO_ROOT, machine, report
from bench.load import CONNECTIONS, generator_name
from bench.results import Plan, Results
from bench.run import execute

REPORT_PATH = REPO_ROOT / "build" / "bench.md"

MEANING = """\
**What the numbers mean.** Each server is one gunicorn sync worker, measured
alone while the others wait, on the machine above, which may be running other
work: compare the rows of one report with each other, not with another
machine's. "CPU ms" is the worker's own CPU time per request it served (user
+ system, read from the operating system around each run), the steadiest
figure here; req/s and latencies move with whatever else runs, and with 8
connections queueing for one worker the median latency is about 8 times the
service time. The floors are each framework rendering a page of the same size
from memory, with no database, session or middleware; the raw ceiling is a
bare WSGI callable returning the page's bytes. A sign-in costs mostly the
password hash each framework chooses by default (Werkzeug's scrypt, Django's
PBKDF2 with a million iterations), on purpose.

**What they do not mean.** Not the capacity of a deployment (several workers
per core, a proxy in front, keep-alive, caching, PostgreSQL on its own
machine), and not a verdict on either framework in general: both twins do the
same work in their framework's own idiom, on SQLite unless the header says
PostgreSQL, with databases of 12 and 10,000 notes."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="one round of short runs, to try it out"
    )
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="use PostgreSQL: an admin URL such as postgresql://postgres@127.0.0.1/"
        "postgres; four databases are created there and dropped afterwards",
    )
    return parser.parse_args(argv)


def render(results: Results, command: str, began: str, minutes: float) -> str:
    """Return the whole report as Markdown."""
    plan = results.plan
    database = "PostgreSQL" if plan.postgres else "SQLite"
    lines = [
        "# Flask twin vs Django twin: the benchmark",
        "",
        f"`{command}`, {began} UTC, {minutes:.1f} minutes; load average "
        f"{machine.load_average()} at the end.",
        "",
        *machine.describe(),
        f"- Load: {generator_name()}, {CONNECTIONS} connections, {plan.rounds} "
        f"round(s) of {plan.seconds} s per endpoint and server (sign-in "
        f"{plan.sign_in_seconds} s), interleaved; gunicorn, 1 sync worker, "
        f"DEBUG=0, {database}.",
        "",
        "## The home page against each framework's floor (12 notes)",
        "",
        *report.home_table(results),
        "",
        "## Every endpoint at 12 notes",
        "",
        *report.endpoint_table(results, large=False),
        "",
        "## At 10,000 notes by 102 authors",
        "",
        '"× 12 notes" divides by the same list\'s page 1 at 12 notes.',
        "",
        *report.endpoint_table(results, large=True),
        "",
        "## SQL queries per request",
        "",
        *report.queries_table(results),
        "",
        "## Memory and cold start",
        "",
        *report.process_table(results),
        "",
        "## Where the home page's time goes",
        "",
        *report.profile_table(results),
        "",
        MEANING,
    ]
    return "\n".join(lines) + "\n"


def shown_command(argv: list[str]) -> str:
    """Return the command line for the report, hiding a database password."""
    shown = []
    for arg in argv:
        parts = urlsplit(arg)
        if parts.password:
            arg = arg.replace(f":{parts.password}@", ":***@", 1)
        shown.append(arg)
    return shlex.join(["python", "-m", "bench", *shown])


def main(argv: list[str]) -> int:
    """Run the benchmark; return the exit status."""
    # A SIGTERM (from tox, or `timeout`) stops the servers too, as Ctrl-C does:
    # they run in sessions of their own and would outlive this process.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    args = parse_args(argv)
    rounds, seconds = (1, 1) if args.quick else (3, 2)
    plan = Plan(rounds, seconds, args.postgres)
    command = shown_command(argv)
    began = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")
    started = time.monotonic()
    results = execute(
        plan,
        lambda text: print(f"[{time.monotonic() - started:4.0f} s] {text}", flush=True),
    )
    text = render(results, command, began, (time.monotonic() - started) / 60)
    REPORT_PATH.parent.mkdir(exist_ok=True)
    REPORT_PATH.write_text(text)
    print(f"\n{text}\nWritten to {REPORT_PATH.relative_to(REPO_ROOT)}.")
    errors = sum(sample.errors for runs in results.samples.values() for sample in runs)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
