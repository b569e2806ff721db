"""Who may change which note. Twin: flask_app/permissions.py."""


def can_edit(user, note):
    """Return True if user wrote note; only the author may edit it."""
    return user.is_authenticated and note.author_id == user.pk


def can_delete(user, note):
    """Return True if user wrote note or is a moderator."""
    # Moderators are the "Moderators" group holding notes.delete_note; has_perm
    # also says yes for every superuser, so Django needs no separate role check.
    return can_edit(user, note) or user.has_perm("notes.delete_note")
