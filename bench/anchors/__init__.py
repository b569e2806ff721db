"""The anchors: the same page served with no framework, and with each bare framework.

They show what the twins' home page would cost if each framework did nothing
but route the request and render a page of the same size: `raw` returns the
home page's bytes (the ceiling of any Python framework under this server),
`flask_min` and `django_min` render page.html from a list in memory, without
a database, sessions or middleware.
"""
