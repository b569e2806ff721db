"""Aligning two files' lines so that matching lines face each other.

Lines are compared by a key: spacing and the framework names set aside, and
a `def name`, `class name` or `name = …` line reduced to its name, so that
same-named functions, classes and settings face each other whatever follows.
Lines whose key is found once on each side anchor the alignment, the longest
run of them that is in order on both sides (the "patience" diff); the gaps
between anchors are aligned the same way. A gap without such lines falls back
to difflib's SequenceMatcher, and what that leaves unpaired on both sides is
paired around its most similar lines, as difflib's Differ does for its "?"
lines. Whatever is left is one-sided. Blank lines and lone brackets never
anchor anything.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

SAME, CHANGED, LEFT, RIGHT = "same", "changed", "left", "right"
# Lines this similar (difflib's ratio, 0 to 1) are shown as a changed pair.
SIMILAR = 0.6
# Gaps larger than this (lines on one side times lines on the other) are not
# searched for similar pairs: the search grows with the square of the gap.
LARGEST_GAP = 20_000
FRAMEWORK = re.compile(r"\b(flask|django)(_app)?\b", re.IGNORECASE)
DEFINITION = re.compile(r"^(async def|def|class) (\w+).*")
ASSIGNMENT = re.compile(r"^([A-Za-z_][\w.]*) = .*")


@dataclass(frozen=True)
class Pair:
    """One row: a line index on each side (None where that side has none)."""

    left: int | None
    right: int | None
    kind: str  # SAME, CHANGED, LEFT or RIGHT


def key(line: str) -> str:
    """A line as it is compared for equality."""
    line = FRAMEWORK.sub("FW", " ".join(line.split()))
    return ASSIGNMENT.sub(r"\1 =", DEFINITION.sub(r"\1 \2", line))


def shape(line: str) -> str:
    """A line as it is compared for similarity: spacing and framework names aside."""
    return FRAMEWORK.sub("FW", " ".join(line.split()))


def trivial(line_key: str) -> bool:
    """Whether a line is too plain to anchor anything (blank, a bracket)."""
    return not any(char.isalnum() for char in line_key)


def align(left: list[str], right: list[str]) -> list[Pair]:
    """Pair the lines of two texts, in order; every line appears once."""
    return Aligner(left, right).pairs(0, len(left), 0, len(right))


class Aligner:
    """The lines of two texts, their keys and shapes, and how they pair."""

    def __init__(self, left: list[str], right: list[str]) -> None:
        self.lines = (left, right)
        self.keys = ([key(line) for line in left], [key(line) for line in right])
        self.shapes = (
            ["" if trivial(key(line)) else shape(line) for line in left],
            ["" if trivial(key(line)) else shape(line) for line in right],
        )

    def pairs(self, i1: int, i2: int, j1: int, j2: int) -> list[Pair]:
        """Align left[i1:i2] with right[j1:j2]."""
        left, right = self.keys
        head: list[Pair] = []
        while i1 < i2 and j1 < j2 and left[i1] == right[j1]:
            head.append(self.pair(i1, j1))
            i1, j1 = i1 + 1, j1 + 1
        tail: list[Pair] = []
        while i1 < i2 and j1 < j2 and self.facing(i2 - 1, j2 - 1):
            i2, j2 = i2 - 1, j2 - 1
            tail.insert(0, self.pair(i2, j2))
        anchors = self.anchors(i1, i2, j1, j2)
        if not anchors:
            return [*head, *self.fallback(i1, i2, j1, j2), *tail]
        middle: list[Pair] = []
        for i, j in anchors:
            middle += [*self.pairs(i1, i, j1, j), self.pair(i, j)]
            i1, j1 = i + 1, j + 1
        return [*head, *middle, *self.pairs(i1, i2, j1, j2), *tail]

    def facing(self, i: int, j: int) -> bool:
        """Whether two lines at the end of a gap face each other: equal keys, or
        both definitions (a function's header above its namesake's docstring)."""
        left, right = self.keys[0][i], self.keys[1][j]
        return left == right or bool(DEFINITION.match(left) and DEFINITION.match(right))

    def anchors(self, i1: int, i2: int, j1: int, j2: int) -> list[tuple[int, int]]:
        """Lines found once on each side: the longest run of them in order."""
        left, right = self.keys
        left_counts, right_counts = Counter(left[i1:i2]), Counter(right[j1:j2])
        where = {right[j]: j for j in range(j1, j2)}
        unique = [
            (i, where[left[i]])
            for i in range(i1, i2)
            if left_counts[left[i]] == 1 == right_counts[left[i]]
            and not trivial(left[i])
        ]
        return increasing(unique)

    def fallback(self, i1: int, i2: int, j1: int, j2: int) -> list[Pair]:
        """Align a gap without unique lines: equal lines, then similar ones."""
        left, right = self.keys[0][i1:i2], self.keys[1][j1:j2]
        matcher = SequenceMatcher(trivial, left, right, autojunk=False)
        found: list[Pair] = []
        for tag, a1, a2, b1, b2 in matcher.get_opcodes():
            if tag == "equal":
                found += [self.pair(i1 + a, j1 + b1 - a1 + a) for a in range(a1, a2)]
            else:
                found += self.similar(i1 + a1, i1 + a2, j1 + b1, j1 + b2)
        return found

    def similar(self, i1: int, i2: int, j1: int, j2: int) -> list[Pair]:
        """Align a gap around its most similar pair of lines, if one is close."""
        best, best_i, best_j = SIMILAR, -1, -1
        if (i2 - i1) * (j2 - j1) <= LARGEST_GAP:
            matcher = SequenceMatcher(autojunk=False)
            for j in (j for j in range(j1, j2) if self.shapes[1][j]):
                matcher.set_seq2(self.shapes[1][j])
                for i in (i for i in range(i1, i2) if self.shapes[0][i]):
                    matcher.set_seq1(self.shapes[0][i])
                    if (
                        matcher.real_quick_ratio() > best
                        and matcher.quick_ratio() > best
                        and matcher.ratio() > best
                    ):
                        best, best_i, best_j = matcher.ratio(), i, j
        if best_i < 0:
            return [Pair(i, None, LEFT) for i in range(i1, i2)] + [
                Pair(None, j, RIGHT) for j in range(j1, j2)
            ]
        return [
            *self.similar(i1, best_i, j1, best_j),
            self.pair(best_i, best_j),
            *self.similar(best_i + 1, i2, best_j + 1, j2),
        ]

    def pair(self, i: int, j: int) -> Pair:
        """Two facing lines: the same (but for indentation), or changed."""
        same = self.lines[0][i].strip() == self.lines[1][j].strip()
        return Pair(i, j, SAME if same else CHANGED)


def increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of (i, j) pairs, sorted by i, whose j increase too."""
    tails: list[int] = []  # the j that ends the best run of each length
    ends: list[int] = []  # the index in pairs of that run's last pair
    before: list[int] = []  # the index of the pair before each pair in its run
    for index, (_, j) in enumerate(pairs):
        length = bisect_left(tails, j)
        before.append(ends[length - 1] if length else -1)
        if length == len(tails):
            tails.append(j)
            ends.append(index)
        else:
            tails[length], ends[length] = j, index
    run, index = [], ends[-1] if ends else -1
    while index >= 0:
        run.append(pairs[index])
        index = before[index]
    return run[::-1]
