"""`python -m tools.serve`: both dev servers side by side (`tox -e serve` runs it)."""
