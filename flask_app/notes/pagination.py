"""Pages of the newest notes, a deep page as cheap as the first.

Twin: django_app/notes/pagination.py.
"""

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import bindparam, func, select

from ..extensions import db
from .models import Note, newest_notes

# LIMIT 10 OFFSET 4990 makes the database build, author included, each of the
# 4,990 rows it then throws away. Picking the page's ids first walks the
# newest-first index only, and then ten notes are joined to their authors.
# Neither framework's paginator does this; Django's twin is NewestFirstPaginator.
PAGE_IDS = (
    select(Note.id)
    .order_by(Note.created_at.desc(), Note.id.desc())
    .limit(bindparam("limit"))
    .offset(bindparam("offset"))
)
PAGE_OF_NOTES = newest_notes().where(Note.id.in_(PAGE_IDS.scalar_subquery()))
# COUNT(*) over the table, as Django's Paginator asks; db.paginate() counts the
# rows of a subquery made from the page's SELECT.
NOTE_COUNT = select(func.count()).select_from(Note)

# Both statements are built once. SQLAlchemy caches the SQL it compiles under
# a key computed from the statement; building the statements and their keys
# again for every request cost about a fifth of the home page's time. Django's
# ORM has no such cache: it compiles each query's SQL anew.


class NewestNotesPagination(Pagination):
    """db.paginate() for the newest notes, with the statements above."""

    def _query_items(self):
        """Return the notes of this page, newest first."""
        page = {"limit": self.per_page, "offset": self._query_offset}
        return list(db.session.scalars(PAGE_OF_NOTES, page).unique())

    def _query_count(self):
        """Return how many notes there are."""
        return db.session.scalar(NOTE_COUNT)
