"""What the numbers were measured on: the machine, Python, the packages, the load."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PACKAGES = (
    "Flask",
    "Werkzeug",
    "Jinja2",
    "Flask-SQLAlchemy",
    "SQLAlchemy",
    "Flask-Login",
    "Flask-WTF",
    "Django",
    "whitenoise",
    "gunicorn",
    "psycopg",
)


def cpu_model() -> str:
    """Return the CPU's model name, as the operating system tells it."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def load_average() -> str:
    """Return the 1-minute load average: how busy the machine is besides us."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "unknown"


def package_versions() -> str:
    """List the installed versions of the packages that serve the pages."""
    found = []
    for name in PACKAGES:
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            pass
    return ", ".join(found)


def describe() -> list[str]:
    """Describe the machine as Markdown list items: CPU, system, Python, packages."""
    return [
        f"- CPU: {cpu_model()}, {os.cpu_count()} logical cores",
        f"- System: {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()} ({sys.implementation.name}), "
        f"SQLite {sqlite3.sqlite_version}",
        f"- Packages: {package_versions()}",
    ]
