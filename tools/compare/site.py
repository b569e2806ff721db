"""The static site: an index of the topics, a page per concern, a page per test module.

Every link is relative and every file (the CSS, the screenshots) is copied
into the site, so it opens from the file system and can be moved as a whole.
The pages are Jinja2 templates (templates/), styled by one CSS file
(static/style.css); none needs JavaScript.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment

from tools.compare.concerns import ConcernPage, concern_page, ordered
from tools.compare.measure import Count, measure, total
from tools.compare.observed import REPORT, Observed, read
from tools.compare.render import environment
from tools.compare.screenshots import FOLDER, screenshots
from tools.compare.suite import SuiteModule, proof_links, suite_modules
from tools.loc import LEAD_IN
from tools.twins import APPS, ROOT, SUITE, Concern, Topic, load

HERE = Path(__file__).resolve().parent
OUT = ROOT / "build" / "compare"
# A concern with more rows than this, in several sections, starts with each
# section folded: its page then opens on the list of its pairs of files.
UNFOLDED_ROWS = 400


def clear(out: Path) -> None:
    """Empty the site's folder, refusing one that holds something else."""
    if out.exists() and any(out.iterdir()) and not (out / "index.html").exists():
        raise FileExistsError(f"{out} is not empty and holds no site: not touching it")
    shutil.rmtree(out, ignore_errors=True)
    (out / "tests").mkdir(parents=True)


def observed_rows(observed: Observed | None, topic: int) -> dict[str, object]:
    """The template's view of a topic's observed rows: differing, then the same."""
    rows = observed.topic_rows(topic) if observed else []
    same = [
        (row, values)
        for row, values in rows
        if set(values) == set(APPS) and len(set(values.values())) == 1
    ]
    mode = f" ({observed.mode} mode)" if observed and observed.mode else ""
    differs = [(row, values) for row, values in rows if (row, values) not in same]
    return {"observed": observed, "differs": differs, "same": same, "mode": mode}


@dataclass
class Site:
    """What the pages show: every concern's page, the counts, the last run."""

    topics: list[Topic]
    pages: list[ConcernPage]
    counts: dict[str, dict[str, Count]]
    observed: Observed | None
    shots: Path  # the folder of the committed screenshots
    env: Environment = field(default_factory=environment)

    def index_html(self) -> str:
        """The front page."""
        return self.env.get_template("index.html").render(
            root="",
            topics=self.topics,
            pages=self.pages,
            counts=self.counts,
            totals=total(self.counts),
            lead_in=LEAD_IN,
        )

    def concern_html(self, index: int) -> str:
        """The page of the concern at this index."""
        page, pages = self.pages[index], self.pages
        return self.env.get_template("concern.html").render(
            root="",
            page=page,
            counts=self.counts[page.concern.id],
            tests=proof_links(page),
            shots=screenshots(page.concern.id, self.shots),
            unfolded=sum(len(s.rows) for s in page.sections) <= UNFOLDED_ROWS,
            previous=pages[index - 1].concern if index else None,
            next=pages[index + 1].concern if index + 1 < len(pages) else None,
            **observed_rows(self.observed, page.topic.number),
        )

    def module_html(self, module: SuiteModule) -> str:
        """The page of one shared test module."""
        template = self.env.get_template("test_module.html")
        return template.render(root="../", module=module)


def page_names(concerns: list[Concern]) -> list[str]:
    """Every page of the site, from its root: the index, the concerns, test modules."""
    modules = sorted({test.partition("::")[0] for c in concerns for test in c.tests})
    return [
        "index.html",
        *(f"{concern.id}.html" for concern in ordered(concerns)),
        *(
            f"tests/{m.removesuffix('.py')}.html"
            for m in modules
            if (SUITE / m).is_file()
        ),
    ]


def gather(report: Path = REPORT, shots: Path = FOLDER) -> Site:
    """Read the map, the code, the last run's report and the screenshots."""
    topics, concerns = load()
    pages = [concern_page(concern, topics) for concern in ordered(concerns)]
    return Site(topics, pages, measure(concerns), read(report), shots)


def build(site: Site, out: Path = OUT) -> list[Path]:
    """Write the whole site to out; the pages written, index first."""
    clear(out)
    files = {out / "index.html": site.index_html()}
    for index, page in enumerate(site.pages):
        files[out / f"{page.concern.id}.html"] = site.concern_html(index)
        for shot in (
            s for pair in screenshots(page.concern.id, site.shots) for s in pair
        ):
            (out / "screenshots").mkdir(exist_ok=True)
            shutil.copyfile(shot.path, out / "screenshots" / shot.name)
    for module in suite_modules(site.pages):
        files[out / module.href] = site.module_html(module)
    for path, html in files.items():
        path.write_text(html, encoding="utf-8")
    shutil.copyfile(HERE / "static" / "style.css", out / "style.css")
    return list(files)
