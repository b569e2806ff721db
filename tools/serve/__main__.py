"""Both dev servers side by side, in one terminal: what `tox -e serve` runs.

Checks both ports first (ports.py), migrates and seeds both apps quietly,
starts `flask run --debug` and `manage.py runserver` (both reload on change,
apps.py) with their output prefixed per app, prints the URLs and the demo
accounts once both answer, and on Ctrl-C stops both (jobs.py) and exits with
status 0, as each dev server does when stopped with Ctrl-C.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from contextlib import suppress

from tools.serve.apps import SETUP, answers, follow, launch, server
from tools.serve.jobs import GRACE, foreground, stop
from tools.serve.ports import HOST, parse_ports, port_problems

BANNER = """
  Flask   http://{host}:{Flask}/    flask run --debug
  Django  http://{host}:{Django}/    manage.py runserver
  Both reload when their code changes. Ctrl-C stops both.

  Demo accounts, all with the password demo-pass-123:
    admin      staff and superuser: admin site, may delete any note
    moderator  may delete any note, no admin site
    alice      regular user
    bob        regular user
  seed fills only a database without users, so your changes stay;
  delete flask_app/db.sqlite3 and django_app/db.sqlite3 to start again.
"""
# Closing the terminal (SIGHUP), `kill` (SIGTERM) and Ctrl-\ (SIGQUIT) stop the
# servers the way Ctrl-C does, rather than leave them running.
STOP_SIGNALS = [
    getattr(signal, name)
    for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGBREAK")
    if hasattr(signal, name)
]


class Stop(Exception):
    """A signal asked to stop the servers."""


def raise_stop(signum: int, frame: object) -> None:
    """Turn a stop signal into Stop, which ends the tool the way Ctrl-C does."""
    raise Stop


def say(app: str, line: str) -> None:
    """Print one line for an app, after its name."""
    print(f"{app.lower():<6} | {line}", flush=True)


def run_setup(step: dict[str, list[str]]) -> bool:
    """Run one setup command per app, at once; show seed's line, or any failure."""
    running = {app: launch(args) for app, args in step.items()}
    try:
        ok = True
        for app, process in running.items():
            output = process.communicate()[0].decode(errors="replace").splitlines()
            if process.returncode != 0:
                ok = False
                command = " ".join(["python", *step[app]])
                output.insert(0, f"`{command}` exited with {process.returncode}:")
            if process.returncode != 0 or "seed" in step[app]:
                for line in output:
                    say(app, line)
        return ok
    finally:
        # Ctrl-C does not cut a step short: SQLite cannot roll back a half-run
        # Alembic migration, so each step gets GRACE seconds to finish first.
        for process in running.values():
            with suppress(subprocess.TimeoutExpired):
                process.wait(GRACE)
        stop(process for process in running.values() if process.poll() is None)


def serve(ports: dict[str, int], servers: dict[str, subprocess.Popen[bytes]]) -> int:
    """Start both servers and show their output, with the banner once both answer.

    Returns 1 when a server exits by itself.
    """
    lines: queue.Queue = queue.Queue()
    for app, port in ports.items():
        servers[app] = launch(server(app, port))
        threading.Thread(
            target=follow, args=(app, servers[app], lines), daemon=True
        ).start()
    starting, banner_due, parent = set(ports), False, os.getppid()
    while True:
        try:
            app, line = lines.get(timeout=0.2)
        except queue.Empty:
            if os.getppid() != parent:  # tox was killed: nobody will see the output
                raise Stop from None
            if starting:
                starting = {app for app in starting if not answers(ports[app])}
                banner_due = not starting
            elif banner_due:
                # A quiet moment after both answered: their start-up lines are out.
                print(BANNER.format(host=HOST, **ports), flush=True)
                banner_due = False
            continue
        if line is None:
            say(app, f"the server exited with status {servers[app].wait()}.")
            return 1
        say(app, line)


def main(argv: list[str] | None = None) -> int:
    """Check the ports, set both apps up, serve them until Ctrl-C; return the status."""
    # Server output is relayed as it comes, whatever the terminal can show.
    sys.stdout.reconfigure(errors="replace")
    ports = parse_ports(argv, __doc__.splitlines()[0])
    problems = port_problems(ports)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    for signum in STOP_SIGNALS:
        signal.signal(signum, raise_stop)
    servers: dict[str, subprocess.Popen[bytes]] = {}
    with foreground():
        try:
            ready = all(run_setup(step) for step in SETUP)
            status = serve(ports, servers) if ready else 1
        except Stop:
            status = 0
        finally:
            for signum in STOP_SIGNALS:
                signal.signal(signum, signal.SIG_IGN)  # a second Ctrl-C: finish
            stop(servers.values())
    if status == 0:
        done = "Both servers stopped." if servers else "Stopped before serving."
        print(f"\n{done} Bye.", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
