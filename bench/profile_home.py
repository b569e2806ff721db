"""Where the home page spends its time, by library (python -m bench.profile_home).

python -m bench.profile_home MODULE:ATTRIBUTE, run with the target's
environment: loads the WSGI callable gunicorn would serve, calls it with GET /
in process (no server, no network), first plainly to time it, then under
cProfile. Each function's own time is charged to the library its file belongs
to (site-packages/<library>, the standard library module, the app's code, or
the C code of the database driver); the answer is one line of JSON.
cProfile slows small, often-called Python functions more than C code, so the
shares lean towards template engines; the plain timing has no such bias.
"""

from __future__ import annotations

import cProfile
import importlib
import json
import pstats
import sys
import sysconfig
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from wsgiref.util import setup_testing_defaults

from bench import REPO_ROOT

WSGIApp = Callable[..., Iterable[bytes]]
WARM_UP = 30
CALLS = 100
STDLIB = Path(sysconfig.get_paths()["stdlib"]).resolve()
APP_FOLDERS = {"flask_app": "app code", "django_app": "app code", "bench": "anchor"}


def load(spec: str) -> WSGIApp:
    """Import the WSGI callable named as gunicorn names it (module:attribute)."""
    module, _, attribute = spec.partition(":")
    return getattr(importlib.import_module(module), attribute or "application")


def call(app: WSGIApp) -> None:
    """Call the WSGI callable with one GET /; read and close the body."""
    environ: dict[str, object] = {}
    setup_testing_defaults(environ)  # Host 127.0.0.1, as the servers are asked
    body = app(environ, lambda status, headers, exc_info=None: None)
    b"".join(body)
    if hasattr(body, "close"):
        body.close()


def library(filename: str, function: str) -> str:
    """Name the library a function belongs to, as the report groups them."""
    if filename == "~":  # code written in C: a built-in or an extension
        driver = "sqlite3" in function or "psycopg" in function
        return "database driver (C)" if driver else "built-ins (C)"
    path = Path(filename).resolve()
    parts = path.parts
    if path.suffix == ".html":  # Jinja compiles each template to Python code
        return "templates (Jinja code)"
    if "site-packages" in parts:
        package = list(parts[parts.index("site-packages") + 1 : -1]) or [path.stem]
        # Django and SQLAlchemy are large: name their parts (django.template, …).
        depth = {"django": 3 if package[1:2] == ["contrib"] else 2, "sqlalchemy": 2}
        return ".".join(package[: depth.get(package[0], 1)])
    if path.is_relative_to(REPO_ROOT):
        return APP_FOLDERS.get(path.relative_to(REPO_ROOT).parts[0], "other")
    if path.is_relative_to(STDLIB):
        top = path.relative_to(STDLIB).parts[0].removesuffix(".py")
        return f"stdlib {top}"
    return "other"


def profile(spec: str) -> dict[str, object]:
    """Time the home page, then profile it; return ms per call and shares."""
    app = load(spec)
    for _ in range(WARM_UP):
        call(app)
    started = time.process_time()
    for _ in range(CALLS):
        call(app)
    ms_per_call = (time.process_time() - started) / CALLS * 1000
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(CALLS):
        call(app)
    profiler.disable()
    own_time: Counter[str] = Counter()
    for (filename, _, function), row in pstats.Stats(profiler).stats.items():
        own_time[library(filename, function)] += row[2]  # tottime
    total = sum(own_time.values())
    shares = {name: seconds / total for name, seconds in own_time.most_common()}
    return {"ms_per_request": ms_per_call, "shares": shares}


if __name__ == "__main__":
    print(json.dumps(profile(sys.argv[1])))
