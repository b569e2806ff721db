"""What the browser tests share: the browser, axe-core, screenshots, page actions."""
