"""The benchmark: both twins and three anchors under gunicorn (`tox -e bench`).

`python -m bench` runs it from the repository root. It reuses the shared
suite's machinery (shared_tests/harness/) to migrate, seed and stop the apps,
so that folder goes on the import path here, before any module of the
benchmark imports from it.
"""

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO_ROOT / "bench"

if str(REPO_ROOT / "shared_tests") not in sys.path:
    sys.path.insert(0, str(REPO_ROOT / "shared_tests"))
