"""The side-by-side reading site: each concern's Flask and Django code, aligned.

python -m tools.compare                 # write the site to build/compare/
python -m tools.compare forms           # one concern side by side in the terminal
"""
