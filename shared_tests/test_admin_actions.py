"""Staff bulk actions in the admin sites with ids no row could have.

Django's ModelAdmin filters on the posted ids as they come, and the database
then raises (a 500); the Django twin checks them first (config/admin.py) and
answers 400. Flask-Admin's twin drops ids that are not ids
(flask_app/admin.py). Either way nothing is deleted; each status is recorded.
"""

from __future__ import annotations

import pytest
import requests

from harness.observations import Observe, status
from harness.target import Target
from helpers.accounts import sign_in
from helpers.admin_actions import admin_bulk_delete
from helpers.admin_users import row_count
from helpers.client import param_id
from helpers.demo import ADMIN

BAD_IDS = {"letters": "x", "decimal": "1.5", "over 64 bits": str(2**64)}


@pytest.mark.parametrize("bad", list(BAD_IDS), ids=param_id)
@pytest.mark.parametrize("model", ["note", "user"])
def test_bulk_delete_with_a_bad_id(
    target: Target, client: requests.Session, observe: Observe, model: str, bad: str
) -> None:
    """A staff bulk delete of an id no row could have ("x", "1.5", 2**64) gets
    the profile's status, never a 500, and deletes nothing."""
    sign_in(client, target, ADMIN)
    urls = target.profile.admin
    action, listing = {
        "note": (urls.note_bulk_action, urls.note_list),
        "user": (urls.user_bulk_action, urls.user_list),
    }[model]
    before = row_count(client, target, listing)
    response = admin_bulk_delete(client, target, action, BAD_IDS[bad])
    observe("12. Admin — bulk delete of a bad id", status(response.status_code))
    assert response.status_code == urls.bad_bulk_id_status
    assert row_count(client, target, listing) == before
