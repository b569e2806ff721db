"""Template tag libraries of the notes app. Twin: Jinja needs none."""
