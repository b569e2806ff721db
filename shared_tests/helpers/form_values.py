"""Hypothesis strategies for the forms' fields, around the shared rules.

Lengths at the limits and one over, surrounding whitespace of several kinds,
NUL characters, blank values, and any Unicode (Hypothesis never draws
surrogates for text). helpers/form_rules.py judges what they make.
"""

from __future__ import annotations

from hypothesis import strategies as st

SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
WHITESPACE = " \t\n\r\x0b\x0c\u00a0\u2003\u3000"
FRESH = "{fresh}"  # stands for a username no one has, filled in per example
FRESH_LENGTH = 11  # len(unique("p"))


def padding() -> st.SearchStrategy[str]:
    """Nothing, or a little whitespace of several kinds."""
    return st.one_of(st.just(""), st.text(alphabet=WHITESPACE, max_size=3))


def text_around(limit: int) -> st.SearchStrategy[str]:
    """Text for a field of at most limit characters: short, at the limit, over
    it, empty, blank, with a NUL, or any Unicode; padded with whitespace."""
    plain = st.text(alphabet=SAFE, min_size=1, max_size=20)
    odd = st.one_of(
        st.integers(limit - 1, limit + 1).map(lambda n: "x" * n),
        st.just(""),
        st.text(alphabet=WHITESPACE, min_size=1, max_size=4),
        plain.map(lambda s: s + "\x00"),
        st.text(max_size=limit + 2),
    )
    # Plain text half the time, so that whole forms are often valid too.
    core = st.one_of(plain, odd)
    return st.builds(lambda a, b, c: a + b + c, padding(), core, padding())


def emails() -> st.SearchStrategy[str]:
    """Addresses both validators accept, text that is none, anything else."""
    good = st.text(alphabet=SAFE.lower(), min_size=1, max_size=20).map(
        lambda local: local + "@example.com"
    )
    padded = st.builds(lambda a, b, c: a + b + c, padding(), good, padding())
    return st.one_of(padded, st.just(""), text_around(254), st.just("no-at-sign"))


def usernames() -> st.SearchStrategy[str]:
    """A fresh name (maybe padded, maybe at the limit), broken names, anything."""
    fresh = st.sampled_from([FRESH, f" {FRESH}\t", FRESH + "x" * (150 - FRESH_LENGTH)])
    broken = st.sampled_from(
        ["", "   ", FRESH + "x" * (151 - FRESH_LENGTH), FRESH + " x", FRESH + "!"]
    )
    return st.one_of(fresh, broken, text_around(150))


def passwords(strong: str) -> st.SearchStrategy[str]:
    """The strong password, short, numeric, blank or padded ones, anything."""
    fixed = st.sampled_from([strong, f" {strong}", "Ab1-xyz", "4815162342", " " * 8])
    return st.one_of(fixed, text_around(12))


def password_pairs(strong: str) -> st.SearchStrategy[tuple[str, str]]:
    """password1 and password2: mostly the same, sometimes not."""
    return st.builds(
        lambda first, same, other: (first, first if same else other),
        passwords(strong),
        st.booleans(),
        passwords(strong),
    )


def contact_forms() -> st.SearchStrategy[dict[str, str]]:
    """Values for the contact form."""
    return st.fixed_dictionaries(
        {"name": text_around(100), "email": emails(), "message": text_around(2000)}
    )


def note_forms() -> st.SearchStrategy[dict[str, str]]:
    """Values for the note form (new or edit)."""
    return st.fixed_dictionaries({"title": text_around(100), "body": text_around(5000)})


def register_forms(strong: str) -> st.SearchStrategy[dict[str, str]]:
    """Values for the registration form (FRESH in a username: a new name)."""
    return st.builds(
        lambda name, pair: {
            "username": name,
            "password1": pair[0],
            "password2": pair[1],
        },
        usernames(),
        password_pairs(strong),
    )


def login_forms(username: str, password: str) -> st.SearchStrategy[dict[str, str]]:
    """Values for the sign-in form: the user's, spelled otherwise, or anything."""
    # Full-width letters (U+FF41…) become ASCII again under NFKC.
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in username)
    names = [username, f" {username}\t", full_width, username.upper(), ""]
    return st.fixed_dictionaries(
        {
            "username": st.one_of(st.sampled_from(names), text_around(150)),
            "password": st.one_of(
                st.sampled_from([password, f"{password} ", ""]), text_around(20)
            ),
        }
    )
