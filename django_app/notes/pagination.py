"""Pages of the newest notes, a deep page as cheap as the first.

Twin: flask_app/notes/pagination.py.
"""

from django.core.paginator import Page, Paginator


class NewestFirstPaginator(Paginator):
    """A Paginator that picks a deep page's ids first, then loads those notes."""

    # object_list[4990:5000] becomes LIMIT 10 OFFSET 4990, and the database
    # builds, author included, each of the 4,990 rows it then throws away.
    # Picking the page's ids first walks the newest-first index only, and then
    # ten notes are joined to their authors. Neither framework's paginator does
    # this; Flask's twin is NewestNotesPagination.
    def page(self, number):
        """Return the Page of this number: its notes in one query."""
        number = self.validate_number(number)
        if number == 1:
            # Nothing to skip. Django's ORM builds and compiles the subquery
            # anew for every request (the Flask twin builds its statements
            # once, and SQLAlchemy caches their SQL), so the first page, the
            # one most asked for, keeps the plain query.
            return super().page(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = self.object_list.values("pk")[bottom:top]
        return Page(self.object_list.filter(pk__in=ids), number, self)
