"""Who may edit and delete notes. Twin: flask_app/notes/permissions.py.

Django answers these questions with groups, permissions and user.has_perm(),
so there is no role to read here: the Flask twin reads its own moderator flag.
"""


def can_edit(user, note):
    """Return True when user wrote note: only authors edit their notes."""
    return user.is_authenticated and note.author_id == user.pk


def can_delete(user, note):
    """Return True when user wrote note or is a moderator."""
    # Moderators are the "Moderators" group holding notes.delete_note; has_perm
    # also says yes for every superuser, so Django needs no separate role check.
    return can_edit(user, note) or user.has_perm("notes.delete_note")
