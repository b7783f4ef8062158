"""One list of languages and one rule for a language Bouwsteen does not speak (core/languages.py).

The rule: the first candidate Bouwsteen speaks, else Dutch. For the outputs of a pack in another language the
candidates are the pack's language, then the workspace's (the interface language the user chose): a French or
German pack exports the words of the user's interface around its own texts, in the exports and from the CLI
alike (the app's side is in tests/ui/test_pack_language.py).
"""

from __future__ import annotations

import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from bouwsteen_tui.cli import interface_language, main
from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import Case, Settings, Sheet, TextAnswer
from bouwsteen_tui.core.content import Pack
from bouwsteen_tui.core.languages import DEFAULT_LANGUAGE, LANGUAGES, choose_language, next_language
from bouwsteen_tui.core.loader import load_pack_or_raise
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.export import list_outputs, render_calendar, render_generic_step

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "bouwsteen_tui"
MINIMAL = REPO / "tests" / "data" / "packs" / "minimal"
TODAY = date(2025, 3, 3)

# a tuple or list of the language codes written out, or a name ending in LANGUAGES being defined
_LANGUAGE_TUPLE = re.compile(r"""[(\[]\s*["'](nl|en)["']\s*,\s*["'](nl|en)["']\s*,?\s*[)\]]""")
_LANGUAGES_DEFINED = re.compile(r"^\s*_?[A-Z_]*LANGUAGES\b[^=\n]*=(?!=)", re.MULTILINE)


def german_pack(folder: Path) -> Path:
    """The minimal test pack, declared to be in German (a language Bouwsteen does not speak), its steps declaring
    the method's three sheets, whose fixed titles and file names then come from a language Bouwsteen speaks."""
    shutil.copytree(MINIMAL, folder)
    pack_toml = folder / "pack.toml"
    pack_toml.write_text(pack_toml.read_text(encoding="utf-8").replace('language = "en"', 'language = "de"'),
                         encoding="utf-8")
    for name, scope, sheet in (("role", "profile", "role_card"), ("case", "case", "case_sheet"),
                               ("network", "network", "network_map")):
        step = folder / f"{name}.toml"
        text = step.read_text(encoding="utf-8")
        assert f'scope = "{scope}"\n' in text
        step.write_text(text.replace(f'scope = "{scope}"\n', f'scope = "{scope}"\nsheet = "{sheet}"\n', 1),
                        encoding="utf-8")
    return folder


@pytest.fixture
def german(tmp_path: Path) -> Pack:
    pack = load_pack_or_raise(german_pack(tmp_path / "de-pack"))
    assert pack.language == "de"
    return pack


def test_no_module_defines_its_own_languages() -> None:
    """Only core/languages.py writes the languages out: no other ``LANGUAGES`` and no ``("nl", "en")`` tuple."""
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        if path == SRC / "core" / "languages.py":
            continue
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.relative_to(SRC)}: {m.group(0).strip()}" for m in _LANGUAGE_TUPLE.finditer(text)]
        offenders += [f"{path.relative_to(SRC)}: {m.group(0).strip()}" for m in _LANGUAGES_DEFINED.finditer(text)]
    assert offenders == []


def test_the_scan_would_see_a_second_definition() -> None:
    """The patterns of the scan above match the forms a second list of languages would take."""
    assert _LANGUAGE_TUPLE.search('if lang in ("nl", "en"):')
    assert _LANGUAGE_TUPLE.search("for lang in ['en', 'nl']:")
    assert _LANGUAGES_DEFINED.search('OUTPUT_LANGUAGES = ("nl", "en")')
    assert _LANGUAGES_DEFINED.search("_LANGUAGES: tuple[str, ...] = LANGS")
    assert not _LANGUAGES_DEFINED.search("if x == LANGUAGES:")


def test_the_first_spoken_candidate_wins() -> None:
    """A candidate Bouwsteen does not speak (or none given) is passed over for the next one."""
    assert choose_language("de", "en") == "en"
    assert choose_language(None, "", "en", "nl") == "en"
    assert choose_language("nl", "en") == "nl"


def test_without_a_spoken_candidate_the_language_is_dutch() -> None:
    """Dutch is the default when no candidate is one Bouwsteen speaks."""
    assert DEFAULT_LANGUAGE == "nl" and DEFAULT_LANGUAGE in LANGUAGES
    assert choose_language("de", None, "fr") == "nl"
    assert choose_language() == "nl"


@pytest.mark.parametrize(("workspace_language", "titles"), [
    ("en", ["Role card", "Case record C-7K4Q", "Agreement sheet C-7K4Q", "Our agreements",
            "Network map and organisation agreements"]),
    ("nl", ["Rolkaart", "Casusverslag C-7K4Q", "Afsprakenblad C-7K4Q", "Onze afspraken",
            "Netwerkkaart en organisatieafspraken"]),
])
def test_outputs_of_a_pack_in_another_language_use_the_workspace_language(
    german: Pack, workspace_language: str, titles: list[str]
) -> None:
    """A German pack's outputs are titled and named in the workspace's language, English or Dutch."""
    case = Case(pack_id="minimal", code="C-7K4Q", created=TODAY, keep_until=TODAY + timedelta(days=90))
    outputs = list_outputs(german, {}, [case], today=TODAY, formats={"md"}, workspace_language=workspace_language)
    assert [o.title for o in outputs] == titles
    if workspace_language == "en":
        assert outputs[0].filename == "minimal-role-card.md"  # a trainer's pack: its id first
        assert "Role card" in outputs[0].render()
    else:
        assert outputs[0].filename == "minimal-rolkaart.md"
        assert "Rolkaart" in outputs[0].render()


def test_outputs_of_a_pack_in_another_language_default_to_dutch(german: Pack) -> None:
    """Without a workspace language, a German pack's outputs use Dutch, the default, not some other language."""
    outputs = list_outputs(german, {}, [], today=TODAY, formats={"md", "ics"})
    assert [o.filename for o in outputs] == ["minimal-rolkaart.md", "minimal-netwerkkaart.md", "minimal-kalender.ics"]
    assert "PRODID:-//Bouwsteen//Bouwsteen//NL" in render_calendar(german, [], None).decode()


def test_the_calendar_of_a_pack_in_another_language_uses_the_workspace_language(german: Pack) -> None:
    """The calendar's file name follows the same rule as the sheets; its name is the pack's own (a pack without
    ``calendar_title`` gets its title, never the method's calendar name)."""
    calendar = list_outputs(german, {}, [], today=TODAY, formats={"ics"}, workspace_language="en")
    assert calendar[0].filename == "minimal-calendar.ics"
    assert f"X-WR-CALNAME:{german.title}" in calendar[0].render()


def test_a_pack_in_another_language_keeps_its_own_labels_and_language_tag(german: Pack) -> None:
    """Around Dutch fixed words, the pack's own question label stays (not the catalogue's "Kerntaak") and the
    document's language tag says ``de``."""
    sheet = Sheet(pack_id="minimal", step_id="role", answers={"core_task": TextAnswer(text="x")})
    text = render_generic_step(german, german.step("role"), sheet, today=TODAY, lang="nl")
    assert '\nlang: "de"\n' in text
    assert "What is my core task?" in text and "Kerntaak" not in text


# --------------------------------------------------------------------------------------------- command line


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("BOUWSTEEN_LANG", raising=False)
    monkeypatch.setattr(dates, "today", lambda: TODAY)
    monkeypatch.chdir(tmp_path)


def _workspace(root: Path, language: str) -> Path:
    with Workspace.open(root) as ws:
        ws.save_settings(Settings(language=language))
        ws.save_sheet(Sheet(pack_id="minimal", step_id="role", answers={"core_task": TextAnswer(text="x")}))
    return root


@pytest.mark.usefixtures("cli_env")
@pytest.mark.parametrize(("argv", "remembered", "name"), [
    (["--lang", "en"], "nl", "minimal-role-card.md"),
    (["--lang", "nl"], "en", "minimal-rolkaart.md"),
    ([], "en", "minimal-role-card.md"),
    ([], "nl", "minimal-rolkaart.md"),
])
def test_cli_export_of_a_pack_in_another_language_uses_the_workspace_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], remembered: str, name: str
) -> None:
    """``bouwsteen export --content`` a German pack names its files in ``--lang``, else the remembered language."""
    root = _workspace(tmp_path / "ws", remembered)
    out = tmp_path / "out"
    pack = german_pack(tmp_path / "de-pack")
    code = main(["export", "--workspace", str(root), "--content", str(pack), "--out", str(out), *argv])
    capsys.readouterr()
    assert code == 0
    assert {p.stem for p in out.iterdir()} == {Path(name).stem}  # the role card, in every document format
    assert name in [p.name for p in out.iterdir()]


def test_cli_messages_in_an_unknown_language_fall_back_by_the_same_rule() -> None:
    """``BOUWSTEEN_LANG=de`` is passed over: the command line speaks Dutch, as the rule says."""
    assert interface_language([], {"BOUWSTEEN_LANG": "de"}) == choose_language("de") == "nl"
    assert interface_language(["--lang", "fr"], {"BOUWSTEEN_LANG": "en"}) == "en"


def test_the_guard_refuses_a_language_not_chosen_by_the_rule(german: Pack) -> None:
    """The guard's descriptions take a language the rule chose; another is an error, not silently English."""
    from bouwsteen_tui.core.guard import describe_findings

    with pytest.raises(ValueError, match="unknown language 'de'"):
        describe_findings(german, {}, german.language)


def test_switching_language_goes_round_the_languages() -> None:
    """"Switch language" goes from each language to the next and back to the first; from an unknown one to Dutch."""
    seen = [LANGUAGES[0]]
    for _ in LANGUAGES:
        seen.append(next_language(seen[-1]))
    assert seen[-1] == LANGUAGES[0] and sorted(set(seen)) == sorted(LANGUAGES)
    assert next_language("nl") == "en" and next_language("en") == "nl"
    assert next_language("de") == DEFAULT_LANGUAGE
