"""The exported Markdown passes markdownlint (default rules, line length off) and pandoc turns it into DOCX.

Both tools run on every Markdown file of the demo in both languages, on sheets full of text that looks like
Markdown, and on the generic layout of a trainer's pack. A missing tool skips these tests with a message, except
when ``CI=true``: then a missing tool fails them. Install the tools with::

    apt-get update && apt-get install -y pandoc
    npm install -g markdownlint-cli2@0.22
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest

from bouwsteen_tui.core.answers import (
    SELF_PARTNER,
    Case,
    ChoiceAnswer,
    PartnerAnswer,
    Record,
    RecordsAnswer,
    Sheet,
    TextAnswer,
)
from bouwsteen_tui.core.content import builtin_pack_dir
from bouwsteen_tui.core.demo import write_demo
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.export import export_outputs, render_generic_step

DATA = Path(__file__).resolve().parents[1] / "data"
CONFIG = DATA / "markdownlint.jsonc"
TODAY = date(2026, 11, 28)

# Text that looks like Markdown, HTML, pandoc extensions, links and control characters: it must stay text.
TRICKY = (
    "# geen kop\n- lijstje\n* ander lijstje\n1) genummerd\n> geen citaat\n| a | b |\n---\n===\n"
    "*niet vet* _niet schuin_ `geen code` [geen link](x) <b>geen html</b> $5 en $6 ~sub~ ^sup^ @citaat\n"
    "a.peeters@example.org https://example.be/x_y www.example.org &amp; \\ slash\ttab  spaties   \n\n\n\n"
    "a) nieuwe alinea\x1b[31m {#id} : definitie\n(1) haakjes\n   ingesprongen\n      code?"
)
TRICKY_LINE = 'VBS "De Linde" | #1 <b> *x* [y]:'


def tool(name: str) -> list[str] | None:
    """The command that runs ``name``: the binary on PATH, or for markdownlint-cli2 an npx without download."""
    found = shutil.which(name)
    if found:
        return [found]
    if name == "markdownlint-cli2" and shutil.which("npx"):
        probe = subprocess.run(
            ["npx", "--no-install", name, "--help"], capture_output=True, text=True, timeout=120, check=False
        )
        if probe.returncode == 0 or "markdownlint-cli2 v" in probe.stdout:
            return ["npx", "--no-install", name]
    return None


def need(name: str) -> list[str]:
    """The tool's command; skip without it, or fail when running under CI (``CI=true``)."""
    command = tool(name)
    if command is None:
        message = f"{name} is not installed (see the module docstring for how to install it)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}; CI=true, so this is a failure, not a skip")
        pytest.skip(message)
    return command


def tricky_workspace(root: Path) -> Path:
    """A workspace whose answers are full of text that looks like markup."""
    with Workspace.open(root) as workspace:
        workspace.save_sheet(Sheet(pack_id="bouwsteen", step_id="role", answers={
            "function": TextAnswer(text=TRICKY_LINE),
            "organisation": TextAnswer(text=TRICKY_LINE),
            "core_task": TextAnswer(text=TRICKY),
            "offer_actions": ChoiceAnswer(selected=["conversations"], other=[TRICKY_LINE, "- ook dit"]),
            "way_of_working": ChoiceAnswer(selected=["guiding"], primary="guiding"),
            "limits": TextAnswer(text="- een\n- twee\ntekst erna\n1. drie"),
            "partner_message": TextAnswer(text=TRICKY),
        }))
        partner = Record(id="p-tricky", values={
            "organisation": TRICKY_LINE, "type": "school", "contact": TRICKY_LINE, "email": "a@example.org",
            "role": TRICKY_LINE, "gaps": TRICKY_LINE, "can_help_with": TRICKY_LINE, "strength": "weak",
            "expertise": ["legal"],
        })
        twin = Record(id="p-twinpartner", values={"organisation": TRICKY_LINE, "strength": "none"})
        workspace.save_sheet(Sheet(pack_id="bouwsteen", step_id="network", answers={
            "partners": RecordsAnswer(items=[partner, twin]),
            "network_gaps": TextAnswer(text=TRICKY),
            "needed_expertise": ChoiceAnswer(selected=["medical"], other=[TRICKY_LINE]),
            "meetings": RecordsAnswer(items=[
                Record(values={"aim": TRICKY_LINE, "agenda": TRICKY}),
                Record(values={"aim": TRICKY_LINE, "agenda": TRICKY, "date": date(2027, 1, 1)}),
            ]),
            "learning_cases": RecordsAnswer(items=[
                Record(values={"title": TRICKY_LINE, "lesson": TRICKY}),
                Record(values={"title": TRICKY_LINE, "lesson": TRICKY}),
            ]),
            "mandates": RecordsAnswer(items=[Record(values={"decision": TRICKY, "who_decides": TRICKY_LINE})]),
        }))
        workspace.save_case(Case(
            pack_id="bouwsteen", code="C-7K4Q", description=TRICKY, keep_until=date(2027, 6, 30), answers={
                "case_partners": PartnerAnswer(partners=[SELF_PARTNER, "p-tricky", "p-twinpartner", "p-gonegone"]),
                "shared_framing": TextAnswer(text=TRICKY),
                "perspectives": RecordsAnswer(items=[
                    Record(values={"partner": "p-tricky", "observations": TRICKY, "interpretations": TRICKY}),
                    Record(values={"partner": "p-twinpartner", "observations": TRICKY}),
                ]),
                "actions": RecordsAnswer(items=[
                    Record(id="r-actie1", values={"idea": TRICKY_LINE, "chosen": True, "impact": "high"}),
                    Record(id="r-actie2", values={"idea": TRICKY_LINE, "chosen": False}),
                ]),
                "task_division": RecordsAnswer(items=[
                    Record(values={"action": "r-actie1", "partner": "p-tricky", "overlap": TRICKY_LINE}),
                ]),
                "agreements": RecordsAnswer(items=[
                    Record(values={"what": TRICKY, "who": "p-tricky", "report_date": date(2026, 12, 1),
                                   "report_to": TRICKY_LINE, "adjust_how": TRICKY_LINE}),
                    Record(values={"what": TRICKY_LINE, "who": "p-gonegone"}),
                ]),
            }))
    return root


@pytest.fixture(scope="module")
def markdown_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Every kind of Markdown output: the demo in both languages, tricky answers, and the generic layout."""
    base = tmp_path_factory.mktemp("exports")
    files: list[Path] = []
    for language in ("nl", "en"):
        pack = load_pack_or_raise(builtin_pack_dir(language))
        with Workspace.open(base / f"demo-{language}") as workspace:
            write_demo(workspace, pack)
            files += export_outputs(workspace, pack, base / f"out-demo-{language}", formats={"md"}, today=TODAY)
    pack = load_pack_or_raise(builtin_pack_dir("nl"))
    with Workspace.open(tricky_workspace(base / "tricky"), read_only=True) as workspace:
        files += export_outputs(workspace, pack, base / "out-tricky", formats={"md"}, today=TODAY)
    every_kind = load_pack_or_raise(DATA / "packs" / "every-kind")
    generic = base / "out-generic"
    generic.mkdir()
    answers = Sheet(pack_id="every_kind", step_id="profile", answers={
        "long_text": TextAnswer(text=TRICKY), "short_text": TextAnswer(text=TRICKY_LINE),
        "many": ChoiceAnswer(selected=["a"], other=[TRICKY_LINE], primary="a"),
    })
    for step in every_kind.steps:
        path = generic / f"{step.id}.md"
        path.write_text(render_generic_step(every_kind, step, answers, today=TODAY), encoding="utf-8")
        files.append(path)
    assert len(files) == 2 * (2 + 2 * 3) + (2 + 3) + 3  # role card, network, 3 per case; tricky: 1 case; generic
    return files


def test_markdownlint_passes_on_every_exported_file(markdown_files: list[Path]) -> None:
    """markdownlint-cli2 with its default rules (MD013 off) reports nothing on any exported sheet."""
    command = need("markdownlint-cli2")
    folder = markdown_files[0].parents[1]
    relative = [str(p.relative_to(folder)) for p in markdown_files]
    result = subprocess.run(
        [*command, "--config", str(CONFIG), *relative],
        cwd=folder, capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_markdownlint_config_switches_off_line_length_only() -> None:
    """The configuration keeps every default rule and disables MD013 alone."""
    text = "\n".join(line for line in CONFIG.read_text(encoding="utf-8").splitlines() if not line.startswith("//"))
    assert text.split() == ["{", '"default":', "true,", '"MD013":', "false", "}"]


def test_markdownlint_catches_a_broken_file(tmp_path: Path) -> None:
    """The check is not vacuous: markdownlint does fail on a file with a skipped heading level."""
    command = need("markdownlint-cli2")
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: \"x\"\n---\n\n#### Te diep\n", encoding="utf-8")
    result = subprocess.run([*command, "--config", str(CONFIG), "broken.md"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode != 0 and "MD001" in result.stdout + result.stderr


def test_pandoc_converts_every_exported_file_to_docx(markdown_files: list[Path], tmp_path: Path) -> None:
    """``pandoc x.md -o x.docx`` succeeds for every sheet, and the visible ``# title`` is its first heading."""
    command = need("pandoc")
    for path in markdown_files:
        target = tmp_path / f"{path.parent.name}-{path.stem}.docx"
        result = subprocess.run([*command, str(path), "-o", str(target)], capture_output=True, text=True,
                                timeout=120, check=False)
        assert result.returncode == 0, f"{path}: {result.stderr}"
        with zipfile.ZipFile(target) as docx:
            body = docx.read("word/document.xml").decode("utf-8")
        title = path.read_text(encoding="utf-8").split("\n# ", 1)[1].split("\n", 1)[0]
        first = re.search(r'<w:pStyle w:val="Heading1" />.*?<w:t[^>]*>([^<]*)</w:t>', body)
        assert first is not None, path
        assert title.replace("\\", "").startswith(first.group(1)), (path, first.group(1))
        assert body.count('<w:pStyle w:val="Heading1" />') == 1, path  # the title is the one top-level heading


def test_pandoc_reads_tricky_answers_as_plain_text(markdown_files: list[Path]) -> None:
    """What the user typed comes out of pandoc as typed: no emphasis, code, HTML, quote or heading made up."""
    command = need("pandoc")
    sheet = next(p for p in markdown_files if p.parent.name == "out-tricky" and p.name.startswith("rolkaart"))
    result = subprocess.run([*command, str(sheet), "-t", "plain", "--wrap=none"], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    message = result.stdout.split("Mijn boodschap voor partners", 1)[1]
    for fragment in ("\n# geen kop\n", "\n> geen citaat\n| a | b |\n---\n===\n",
                     "*niet vet* _niet schuin_ `geen code` [geen link](x) <b>geen html</b>",
                     "$5 en $6 ~sub~ ^sup^ @citaat",
                     "a.peeters@example.org https://example.be/x_y www.example.org &amp; \\ slash",
                     "a) nieuwe alinea", "{#id} : definitie\n(1) haakjes\ningesprongen\ncode?"):
        assert fragment in message, fragment
    assert "\x1b" not in result.stdout


def test_pandoc_reads_typed_lists_as_lists(markdown_files: list[Path]) -> None:
    """Lines the user typed as a list ("- ", "* ", "1)") do become list items."""
    command = need("pandoc")
    sheet = next(p for p in markdown_files if p.parent.name == "out-tricky" and p.name.startswith("rolkaart"))
    result = subprocess.run([*command, str(sheet), "-t", "plain", "--wrap=none"], capture_output=True, text=True,
                            timeout=120, check=False)
    message = result.stdout.split("Mijn boodschap voor partners", 1)[1]
    assert "\n-   lijstje\n-   ander lijstje\n\n1.  genummerd\n" in message
