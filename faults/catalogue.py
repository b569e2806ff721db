"""The faults of catalogue.toml, and how one is applied to a copy of the repo."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = Path(__file__).with_name("catalogue.toml")


@dataclass(frozen=True)
class Fault:
    """One bug: in file, the text find becomes replace."""

    id: str
    what: str
    file: str
    find: str
    replace: str
    # "prod" for a fault that only shows under gunicorn with DEBUG off; such a
    # fault runs in that mode whatever mode the campaign was asked for.
    mode: str | None = None

    @property
    def app(self) -> str:
        """The app the fault is in: "flask" or "django"."""
        return self.file.split("_app/", 1)[0]

    def problems(self, root: Path = ROOT) -> list[str]:
        """What keeps this fault from applying cleanly to the tree at root."""
        path = root / self.file
        if self.app not in ("flask", "django"):
            return [f"{self.id}: {self.file} is in neither app"]
        if not path.is_file():
            return [f"{self.id}: no file {self.file}"]
        found = path.read_text(encoding="utf-8").count(self.find)
        if found != 1:
            return [f"{self.id}: its find text occurs {found} times in {self.file}"]
        if self.find == self.replace:
            return [f"{self.id}: replace is the same as find"]
        if self.mode not in (None, "dev", "prod"):
            return [f"{self.id}: mode must be dev or prod, not {self.mode}"]
        return []

    def apply(self, root: Path) -> None:
        """Write the fault into the copy of the repository at root."""
        path = root / self.file
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(self.find, self.replace, 1), encoding="utf-8")


def load() -> list[Fault]:
    """Return the catalogue's faults, in its order."""
    with CATALOGUE.open("rb") as file:
        return [Fault(**entry) for entry in tomllib.load(file)["fault"]]
