"""The side-by-side site: a page per concern, valid HTML, links that resolve."""

from __future__ import annotations

import struct
import sys
import zlib
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element

import html5lib
import pytest

from tools.compare.site import Site, build, gather, page_names
from tools.compare.suite import proof_links
from tools.twins import SUITE, load

# The report's rows are written with the shared suite's own Markdown helpers.
sys.path.insert(0, str(SUITE))
from harness.markdown_table import render  # noqa: E402
from harness.observations import column_titles  # noqa: E402

TOPICS, CONCERNS = load()
XHTML = "{http://www.w3.org/1999/xhtml}"
ROWS = {
    "9. Forms — a row the report holds": {"flask": "400 Bad Request", "django": "403"},
    "9. Forms — a row both apps share": {"flask": "same", "django": "same"},
    "4. Routes — a row of another topic": {"flask": "308", "django": "301"},
}
SHOT = "note-form-errors"  # a page whose screenshots the forms concern shows


def png(width: int, height: int) -> bytes:
    """A valid, blank grey PNG of the given size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = b"".join(b"\0" + b"\x80" * width for _ in range(height))
    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            chunk(b"IHDR", header),
            chunk(b"IDAT", zlib.compress(pixels)),
            chunk(b"IEND", b""),
        ]
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The site's content, with a recorded run and one pair of screenshots."""
    folder = tmp_path_factory.mktemp("inputs")
    report = folder / "differences.md"
    table = render(ROWS, column_titles())
    report.write_text(f"# Observed differences (dev mode)\n\n{table}", "utf-8")
    for app in ("flask", "django"):
        (folder / f"{app}-{SHOT}.png").write_bytes(png(32, 24))
    return gather(report, folder)


@pytest.fixture(scope="module")
def out(site: Site, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, written to a folder of its own."""
    out = tmp_path_factory.mktemp("site") / "compare"
    build(site, out)
    return out


PAGES = page_names(CONCERNS)


@cache
def parse(path: Path) -> Element:
    """A page's document tree, parsed once; html5lib raises on any parse error."""
    parser = html5lib.HTMLParser(strict=True)
    return parser.parse(path.read_bytes())


def text_of(element: Element) -> str:
    """An element's text, all descendants included, spacing collapsed."""
    return " ".join(" ".join(element.itertext()).split())


def test_the_site_has_exactly_the_expected_pages(out: Path) -> None:
    """Every concern, the index and each test module the map names have a page."""
    built = sorted(path.relative_to(out).as_posix() for path in out.rglob("*.html"))
    assert built == sorted(PAGES)


@pytest.mark.parametrize("concern", CONCERNS, ids=[c.id for c in CONCERNS])
def test_every_concern_has_a_page_with_its_files(out: Path, concern) -> None:
    """A concern's page is titled by the concern and names each file it shows."""
    tree = parse(out / f"{concern.id}.html")
    (heading,) = tree.iter(f"{XHTML}h1")
    assert text_of(heading) == concern.title
    page_text = text_of(tree)
    for entries in concern.sides.values():
        for entry in entries:
            shown = entry.removeprefix("built in: ").partition("::")[0]
            assert shown.rstrip("/") in page_text


def test_the_index_lists_every_topic_and_concern(out: Path) -> None:
    """The index has a section per topic and links to every concern's page."""
    tree = parse(out / "index.html")
    ids = {element.get("id") for element in tree.iter()}
    assert {f"topic-{topic.number}" for topic in TOPICS} <= ids
    links = {a.get("href") for a in tree.iter(f"{XHTML}a")}
    assert {f"{concern.id}.html" for concern in CONCERNS} <= links


@pytest.mark.parametrize("page", PAGES)
def test_every_page_is_valid_html(out: Path, page: str) -> None:
    """A page parses without error, has a language, one h1 and unique ids."""
    tree = parse(out / page)
    assert tree.get("lang") == "en"
    assert len(list(tree.iter(f"{XHTML}h1"))) == 1
    ids = [element.get("id") for element in tree.iter() if element.get("id")]
    assert len(ids) == len(set(ids)), "an id is used twice"
    for image in tree.iter(f"{XHTML}img"):
        assert image.get("alt"), "an image without a text alternative"


def test_every_local_link_and_image_resolves(out: Path) -> None:
    """Each href and src points into the site, at a file and an id that exist."""
    broken = []
    trees = {path: parse(path) for path in out.rglob("*.html")}
    ids = {path: {e.get("id") for e in tree.iter()} for path, tree in trees.items()}
    for path, tree in trees.items():
        for element in tree.iter():
            link = element.get("href") or element.get("src")
            if link is None:
                continue
            parts = urlsplit(link)
            target = (
                (path.parent / unquote(parts.path)).resolve() if parts.path else path
            )
            if parts.scheme or parts.netloc or not target.is_relative_to(out):
                broken.append(f"{path.name}: {link} leaves the site")
            elif not target.is_file():
                broken.append(f"{path.name}: {link} has no file")
            elif parts.fragment and parts.fragment not in ids.get(target, set()):
                broken.append(f"{path.name}: {link} has no such id")
    assert broken == []


def test_a_concern_shows_its_topic_rows_from_the_last_run(out: Path) -> None:
    """The forms page shows topic 9's observed rows, and no other topic's."""
    page = text_of(parse(out / "forms.html"))
    assert "a row the report holds 400 Bad Request 403" in page
    assert "a row both apps share same" in page
    assert "dev mode" in page
    assert "a row of another topic" not in page


def test_a_page_says_when_no_run_was_recorded(site: Site) -> None:
    """Without the suite's report, a concern's page says that no run is recorded."""
    html = Site(site.topics, site.pages, site.counts, None, site.shots).concern_html(0)
    assert "No run of the shared suite has been recorded" in html


def test_screenshots_are_copied_and_shown_where_they_belong(out: Path) -> None:
    """The forms page shows both apps' screenshots; a page without any shows none."""
    tree = parse(out / "forms.html")
    images = [image.get("src") for image in tree.iter(f"{XHTML}img")]
    assert images == [f"screenshots/{app}-{SHOT}.png" for app in ("flask", "django")]
    assert not list(parse(out / "wsgi.html").iter(f"{XHTML}img"))


def test_a_test_link_points_at_the_line_of_its_test(out: Path, site: Site) -> None:
    """`module::test` links to the numbered line where that test starts."""
    checked = 0
    for page in site.pages:
        for link in proof_links(page):
            if link.href is None or "#" not in link.href:
                continue
            path, _, anchor = link.href.partition("#")
            (row,) = [r for r in parse(out / path).iter() if r.get("id") == anchor]
            line = text_of(row).removeprefix(anchor[1:]).replace(" ", "")
            assert line.startswith(("@", f"def{link.label}(")), line
            checked += 1
    assert checked > 0


def test_the_builder_refuses_a_folder_that_holds_something_else(
    site: Site, tmp_path: Path
) -> None:
    """Building into a non-empty folder that is not a site leaves it alone."""
    (tmp_path / "notes.txt").write_text("mine", "utf-8")
    with pytest.raises(FileExistsError):
        build(site, tmp_path)
    assert (tmp_path / "notes.txt").read_text("utf-8") == "mine"
