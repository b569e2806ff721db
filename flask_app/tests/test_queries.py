"""No N+1 queries on the lists. Twin: django_app/notes/tests/test_queries.py."""

import pytest

from .conftest import QueryCounter, make_notes, make_user


def queries_for(app, client, path):
    with QueryCounter(app) as counter:
        assert client.get(path).status_code == 200
    return counter.count


@pytest.mark.parametrize("path", ["/", "/api/notes/"])
def test_list_pages_use_a_constant_number_of_queries(app, client, path):
    """12 notes by 2 authors and 60 notes by 20 authors cost the same queries."""
    authors = [make_user(f"user{n}", password="") for n in range(2)]
    make_notes(12, authors)
    small = queries_for(app, client, path)
    authors += [make_user(f"user{n}", password="") for n in range(2, 20)]
    make_notes(48, authors)
    large = queries_for(app, client, path)
    assert small == large
    # One COUNT for the paginator and one SELECT with the authors joined in.
    assert small == 2
