"""The two ports of `python -m tools.serve`: chosen, checked, explained in one line.

Each app's port comes from its option (`tox -e serve -- --flask-port 5001`),
else its environment variable (FLASK_PORT, DJANGO_PORT), else its framework's
default (Flask 5000, Django 8000). Both are checked before anything starts,
so that a taken port stops neither app halfway.
"""

from __future__ import annotations

import argparse
import os
import socket

HOST = "127.0.0.1"
# app: (the environment variable that picks its port, the framework's default)
DEFAULTS = {"Flask": ("FLASK_PORT", 5000), "Django": ("DJANGO_PORT", 8000)}


def port_number(text: str) -> int:
    """A TCP port number from text, or an argparse error naming the text."""
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (1-65535)")
    return int(text)


def parse_ports(argv: list[str] | None, description: str) -> dict[str, int]:
    """Each app's port: its option, else its environment variable, else default."""
    parser = argparse.ArgumentParser("python -m tools.serve", description=description)
    for app, (variable, default) in DEFAULTS.items():
        parser.add_argument(
            f"--{app.lower()}-port",
            dest=app,
            type=port_number,
            metavar="PORT",
            default=os.environ.get(variable, str(default)),
            help=f"default: ${variable}, else {default}",
        )
    return vars(parser.parse_args(argv))


def in_use(port: int) -> bool:
    """Whether another program answers on the port or holds it."""
    with socket.socket() as probe:
        if probe.connect_ex((HOST, port)) == 0:
            return True
    with socket.socket() as sock:
        if os.name != "nt":
            # As both dev servers do: a port that only has connections waiting
            # to time out (TIME_WAIT) is free for them.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return True
    return False


def port_problems(ports: dict[str, int]) -> list[str]:
    """One line for each port that cannot be used; none when both are free."""
    if ports["Flask"] == ports["Django"]:
        return [f"FLASK_PORT and DJANGO_PORT are both {ports['Flask']}: pick two."]
    problems = []
    for app, port in ports.items():
        if in_use(port):
            variable, option = DEFAULTS[app][0], f"--{app.lower()}-port"
            others = set(ports.values())
            candidates = range(port + 1, 65536)
            free = next(
                (p for p in candidates if p not in others and not in_use(p)), port + 1
            )
            problems.append(
                f"Port {port} ({app}) is in use by another program: set {variable} "
                f"to a free port, e.g. {variable}={free} tox -e serve "
                f"(or tox -e serve -- {option} {free})."
            )
    return problems
