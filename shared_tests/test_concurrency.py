"""SPEC §6, concurrency: many clients writing at once lose nothing, double nothing.

Several signed-in users create, edit and delete notes at the same moment while
the moderator, in a tab per user, deletes some of the notes they are editing.
Every write that was acknowledged must be in the API exactly once, with its
last acknowledged title; every acknowledged delete must be gone and stay gone
(an edit that loses to a delete is a 404, never a resurrection); nothing may
answer 5xx ("database is locked" included). It matters most under gunicorn
(--mode prod), on SQLite and on PostgreSQL; the dev servers are threaded too.
The counts of each app go to build/concurrency.md (helpers/tallies.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import partial
from http import HTTPStatus

from harness.target import Target
from helpers.accounts import NEW_USER_PASSWORD as PASSWORD
from helpers.accounts import register, sign_in
from helpers.client import new_session, unique
from helpers.demo import MODERATOR
from helpers.tallies import Tally, database_kind, record
from helpers.together import run_together
from helpers.workload import Ack, Writer, all_notes

ROUNDS = 3
WRITERS = 4  # users writing at once, besides the moderator
POOL = 3  # notes each writer has before a round and edits first in it
CREATES = 4  # new notes per writer in a round
DELETES = 2  # of those, how many the writer deletes again
MODERATED = (0, 2)  # the pool notes the moderator deletes


def write(writer: Writer, mark: str, pool: list[int]) -> None:
    """One writer's round: edit its pool (racing the moderator), create notes,
    delete some of them again."""
    for j, note_id in enumerate(pool):
        writer.edit(note_id, f"{mark} edited {j}")
    created = [writer.create(f"{mark} new {k}") for k in range(CREATES)]
    for note_id in created[:DELETES]:
        if note_id is not None:
            writer.delete(note_id)


def moderate(moderator: Writer, pool: list[int]) -> None:
    """The moderator's round in one writer's pool: delete some of its notes."""
    for index in MODERATED:
        moderator.delete(pool[index])


def pool_note(writer: Writer, title: str) -> int:
    """A note the writer creates before a round; its id."""
    note_id = writer.create(title)
    assert note_id is not None, writer.log[-1]
    return note_id


def signed_up_writers(target: Target) -> list[Writer]:
    """WRITERS new users, registered at once, each a signed-in Writer."""
    sessions = [new_session() for _ in range(WRITERS)]
    signups = run_together(
        [
            partial(register, s, target, unique("writer"), PASSWORD, PASSWORD)
            for s in sessions
        ]
    )
    assert [r.status_code for r in signups] == [HTTPStatus.FOUND] * WRITERS
    return [Writer(session, target) for session in sessions]


def moderator_tab(target: Target) -> Writer:
    """A session of the moderator's own (like a browser tab), as a Writer."""
    session = new_session()
    sign_in(session, target, MODERATOR)
    return Writer(session, target)


def expected_titles(acks: list[Ack]) -> dict[int, str]:
    """The notes that must exist after the run: id -> last acknowledged title."""
    titles: dict[int, str] = {}
    for ack in acks:
        if ack.done and ack.action in ("create", "edit") and ack.note_id is not None:
            assert ack.title is not None
            titles[ack.note_id] = ack.title
    for ack in acks:
        if ack.done and ack.action == "delete" and ack.note_id is not None:
            titles.pop(ack.note_id, None)
    return titles


def test_concurrent_writes_are_kept_exactly_once(target: Target) -> None:
    """Writers and the moderator at once, for several rounds: zero 5xx, every
    create and delete acknowledged, an edit a 302 or (when the moderator won) a
    404, and in the end every acknowledged note present exactly once with its
    last title and every deleted one gone."""
    mark = unique("Busy ")
    writers = signed_up_writers(target)
    tabs = [moderator_tab(target) for _ in writers]
    for round_number in range(ROUNDS):
        prefix = f"{mark} {round_number}"
        pools = [
            [pool_note(w, f"{prefix}.{i} pool {j}") for j in range(POOL)]
            for i, w in enumerate(writers)
        ]
        calls: list[Callable[[], None]] = []
        for i, (writer, tab) in enumerate(zip(writers, tabs, strict=True)):
            calls += [
                partial(write, writer, f"{prefix}.{i}", pools[i]),
                partial(moderate, tab, pools[i]),
            ]
        run_together(calls)
    for writer in [*writers, *tabs]:
        writer.session.close()

    acks = [ack for writer in [*writers, *tabs] for ack in writer.log]
    ours = [note for note in all_notes(target) if note["title"].startswith(mark)]
    record(
        Tally(
            target.name,
            target.mode,
            database_kind(target.env.get("DATABASE_URL")),
            len(writers) + len(tabs),
            *(sum(a.done for a in acks if a.action == x) for x in Ack.ACTIONS),
            len(ours),
        )
    )
    assert [a for a in acks if a.status >= HTTPStatus.INTERNAL_SERVER_ERROR] == []
    assert all(a.done for a in acks if a.action in ("create", "delete")), acks
    deleted = {a.note_id for a in acks if a.action == "delete" and a.done}
    for ack in acks:
        if ack.action == "edit" and not ack.done:
            assert ack.status == HTTPStatus.NOT_FOUND and ack.note_id in deleted, ack
    doubled = [t for t, n in Counter(note["title"] for note in ours).items() if n > 1]
    assert doubled == []
    assert {note["id"]: note["title"] for note in ours} == expected_titles(acks)
