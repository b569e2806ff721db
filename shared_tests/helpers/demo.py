"""The seed's demo data, as both apps' `seed` commands write it.

Four accounts share one password; twelve notes by alice and bob fill more than
one page of ten. A server started outside the suite must hold the same data.
The seeded notes themselves are looked up with notes.seeded_note.
"""

from __future__ import annotations

DEMO_PASSWORD = "demo-pass-123"
ADMIN = "admin"
MODERATOR = "moderator"
ALICE = "alice"
BOB = "bob"
DEMO_NOTES = 12
PER_PAGE = 10
DEMO_NOTE_TITLE = "Demo note 5"  # seeded, by alice
# test_seed.py renames "Demo note 7" and deletes "Demo note 8": no other test may
# rely on them.
