"""The real-browser suite: Playwright drives Chromium through both apps.

The apps are started by the shared suite's own machinery (shared_tests/harness,
shared_tests/profiles.py), so that folder goes on sys.path here, before
conftest.py or any test module imports from it.
"""

import sys
from pathlib import Path

SHARED_TESTS = Path(__file__).resolve().parents[1] / "shared_tests"
if str(SHARED_TESTS) not in sys.path:
    sys.path.insert(0, str(SHARED_TESTS))
