"""Security headers and HTTPS. Twin: Django's SecurityMiddleware and
XFrameOptionsMiddleware, and the SECURE_* settings in django_app/config/settings.py.

Django's default MIDDLEWARE sends the four headers below on every response and
switches HTTPS on with settings; Flask does neither, so hooks do it by hand.
"""

from flask import redirect, request
from werkzeug.middleware.proxy_fix import ProxyFix

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
# SECURE_HSTS_SECONDS = a year, SECURE_HSTS_INCLUDE_SUBDOMAINS, SECURE_HSTS_PRELOAD.
HSTS = "max-age=31536000; includeSubDomains; preload"


def add_security_headers(response):
    """Add Django's default security headers unless the view set its own."""
    # Parity: Django's default MIDDLEWARE sends these on every response.
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def redirect_to_https():
    """Send a plain-HTTP request to the same URL over HTTPS (SECURE_SSL_REDIRECT)."""
    if not request.is_secure:
        return redirect(request.url.replace("http://", "https://", 1), 301)
    return None


def add_hsts(response):
    """Tell browsers to use HTTPS only, on HTTPS responses (SECURE_HSTS_*)."""
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    return response


def init_app(app):
    """Register the header hooks, and the HTTPS ones when HTTPS is on."""
    app.after_request(add_security_headers)
    if app.config["HTTPS_ONLY"]:
        # Trust the proxy's X-Forwarded-Proto, as SECURE_PROXY_SSL_HEADER does;
        # X-Forwarded-For stays untrusted (remote_addr is the proxy's).
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=0, x_proto=1, x_host=0)
        app.before_request(redirect_to_https)
        app.after_request(add_hsts)
