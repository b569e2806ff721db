"""Tools around the two apps: the concern map, the comparison site, and serve (both
dev servers side by side)."""
