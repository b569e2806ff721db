"""The Flask floor: one route that renders page.html from memory, nothing else.

No extension, no database, no session: what Flask itself costs to route a
request and render a Jinja template the size of the twin's home page.
"""

from pathlib import Path

from flask import Flask, render_template

from bench.anchors.page_data import CONTEXT

app = Flask(__name__, template_folder=str(Path(__file__).parent / "templates"))


@app.get("/")
def home():
    """Render the page of ten notes."""
    return render_template("page.html", framework="Flask", **CONTEXT)
