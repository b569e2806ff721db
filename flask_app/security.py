"""Security response headers. Twin: SecurityMiddleware and XFrameOptionsMiddleware.

Django's default MIDDLEWARE sends these four headers on every response; Flask
sends none of them, so an after_request hook adds the same values by hand.
"""

SECURITY_HEADERS = {
    # Forbid framing the site (clickjacking), like XFrameOptionsMiddleware.
    "X-Frame-Options": "DENY",
    # Browsers must trust Content-Type, not guess (SECURE_CONTENT_TYPE_NOSNIFF).
    "X-Content-Type-Options": "nosniff",
    # Send the Referer header only to this site (SECURE_REFERRER_POLICY).
    "Referrer-Policy": "same-origin",
    # Keep other sites' windows out of this one's browsing context group
    # (SECURE_CROSS_ORIGIN_OPENER_POLICY).
    "Cross-Origin-Opener-Policy": "same-origin",
}


def add_security_headers(response):
    """Add Django's default security headers unless the view set its own."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def init_app(app):
    """Register the header hook on app."""
    app.after_request(add_security_headers)
