"""How strong is the shared suite? Inject each fault, run the suite, count.

python -m faults                      # every fault of catalogue.toml, dev mode
python -m faults --mode prod          # under gunicorn with DEBUG off
python -m faults --only flask-csrf-off django-csrf-off
python -m faults --jobs 2             # two faults at a time

Each fault is applied alone to a copy of the working tree, and the shared suite
runs against the faulty app only, stopping at its first failing test (in the
fault's own mode when the catalogue gives one, as for a fault that only shows
in production). A fault is caught when a test fails, missed when the whole
suite passes. A run of the unchanged copy comes first, so that a suite that
fails anyway is not counted as catching anything. The table goes to
build/faults.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from faults.catalogue import Fault, load
from faults.run import REPORT, Result, report, run_suite, snapshot


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m faults", description=__doc__)
    parser.add_argument("--mode", choices=("dev", "prod"), default="dev")
    parser.add_argument("--jobs", type=int, default=1, metavar="N")
    parser.add_argument("--only", nargs="+", metavar="ID", default=())
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    faults = load()
    unknown = set(args.only) - {fault.id for fault in faults}
    if unknown:
        sys.exit(f"No such fault: {', '.join(sorted(unknown))}")
    if args.only:
        faults = [fault for fault in faults if fault.id in args.only]
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="faults-") as tmp:
        results = campaign(snapshot(Path(tmp)), faults, args)
    minutes = (time.monotonic() - started) / 60
    text = report(results, args.mode, minutes)
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(text, encoding="utf-8")
    print()
    print(text.split("\n\n")[1])
    print(f"Written to {REPORT.relative_to(REPORT.parents[1])}.")
    return 0


def campaign(
    source: Path, faults: list[Fault], args: argparse.Namespace
) -> list[Result]:
    """Run the baselines, then the suite once per fault; return the results."""
    for app, mode in sorted({(fault.app, fault.mode or args.mode) for fault in faults}):
        print(f"Baseline: the shared suite against the unchanged {app} app, {mode} …")
        baseline = run_suite(source, None, app, mode)
        if not baseline.passed:
            print(baseline.output[-3000:])
            sys.exit(f"The suite fails on the unchanged {app} app: nothing to measure.")

    def one(fault: Fault) -> Result:
        result = run_suite(source, fault, fault.app, fault.mode or args.mode)
        print(f"{result.verdict:>7}  {fault.id}  ({result.seconds:.0f} s)  {result.by}")
        return result

    print(f"{len(faults)} faults, {args.jobs} at a time, {args.mode} mode:")
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        return list(pool.map(one, faults))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
