"""Every catalogue: one type (Catalog), complete in both languages, no key defined twice, long prose as files.

The app (i18n/ui.py with notices.py and the prose files), the command line (i18n/cli.py with cli_help.py and
cli_argparse.py) and the outputs (export/strings.py) all look their words up in a :class:`Catalog` built from
``(nl, en)`` pairs.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import pytest

from bouwsteen_tui.core.languages import LANGUAGES
from bouwsteen_tui.export import strings
from bouwsteen_tui.i18n import Catalog, cli, cli_argparse, cli_help, notices, prose, ui, workspace

SRC = Path(__file__).resolve().parents[2] / "src" / "bouwsteen_tui"
TEXT = SRC / "i18n" / "text"
PLACEHOLDER = re.compile(r"{(\w*)}")

TABLES: dict[str, Mapping[str, tuple[str, str]]] = {
    "ui": ui.MESSAGES,
    "cli": cli.MESSAGES,
    "argparse": cli_argparse.ARGPARSE_MESSAGES,
    "export": strings.STRINGS,
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_entry_is_a_pair_of_texts(name: str) -> None:
    """Each key holds exactly one non-empty text per language, Dutch first: a missing translation cannot exist."""
    bad = [key for key, pair in TABLES[name].items()
           if not (isinstance(pair, tuple) and len(pair) == len(LANGUAGES)
                   and all(isinstance(text, str) and text.strip() for text in pair))]
    assert bad == []


@pytest.mark.parametrize("name", sorted(TABLES))
def test_placeholders_are_the_same_in_both_languages(name: str) -> None:
    """The Dutch and English texts take the same {values}: formatting never fails in one language only."""
    bad = [key for key, (dutch, english) in TABLES[name].items()
           if Counter(PLACEHOLDER.findall(dutch)) != Counter(PLACEHOLDER.findall(english))]
    assert bad == []


def _spread_keys(module_file: Path, table: str, namespace: dict[str, object]) -> list[str]:
    """The keys a module's ``table`` literal defines itself and gets from each ``**spread``, duplicates kept."""
    tree = ast.parse(module_file.read_text(encoding="utf-8"))
    literal = next(node.value for node in ast.walk(tree)
                   if isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(node.value, ast.Dict)
                   and table in [t.id for t in ([node.target] if isinstance(node, ast.AnnAssign) else node.targets)
                                 if isinstance(t, ast.Name)])
    keys: list[str] = []
    for key, value in zip(literal.keys, literal.values, strict=True):
        if isinstance(key, ast.Constant):
            keys.append(key.value)
        else:  # **spread: evaluate it in the module's namespace (a table, or prose("key"))
            spread = eval(compile(ast.Expression(value), str(module_file), "eval"), namespace)
            keys.extend(spread)
    return keys


@pytest.mark.parametrize(("module", "table"), [(ui, "MESSAGES"), (cli, "MESSAGES")])
def test_no_key_is_defined_twice(module: object, table: str) -> None:
    """A key written in the table and again in a table spread into it would silently hide one of the two."""
    module_file = Path(module.__file__)  # type: ignore[attr-defined]
    keys = _spread_keys(module_file, table, vars(module))
    assert [key for key, count in Counter(keys).items() if count > 1] == []
    assert len(keys) > 100, "the scan found too few keys to mean anything"


def test_the_spread_tables_are_in_their_catalogues() -> None:
    """The tables moved out of ui.py and cli.py are still part of the catalogues the app and CLI use."""
    assert notices.NOTICE_MESSAGES.items() <= ui.MESSAGES.items()
    assert workspace.WORKSPACE_MESSAGES.items() <= ui.MESSAGES.items()
    assert cli_help.HELP_MESSAGES.items() <= cli.MESSAGES.items()
    assert workspace.WORKSPACE_MESSAGES.items() <= cli.MESSAGES.items()


def test_the_outputs_use_a_catalog_per_language() -> None:
    """export/strings.py's ``t(lang, key)`` is a lookup in a Catalog of that language, the app's own type."""
    assert list(strings.CATALOGS) == list(LANGUAGES)
    assert all(isinstance(c, Catalog) and c.language == lang for lang, c in strings.CATALOGS.items())
    assert strings.t("en", "title.agreement_sheet", code="C-1") == strings.CATALOGS["en"]("title.agreement_sheet",
                                                                                         code="C-1")
    assert strings.t("nl", "title.agreement_sheet", code="C-1") == "Afsprakenblad C-1"


def test_the_outputs_refuse_a_language_not_chosen_by_the_rule() -> None:
    """``t("de", ...)`` fails instead of silently reading one of the languages: the rule chooses first."""
    with pytest.raises(KeyError):
        strings.t("de", "yes")


def test_a_catalog_refuses_a_language_bouwsteen_does_not_speak() -> None:
    """A Catalog in German is a programming error, not a silent fallback."""
    with pytest.raises(ValueError, match="unknown language 'de'"):
        Catalog("de", ui.MESSAGES)


# --------------------------------------------------------------------------------------------- prose files


def _prose_files() -> dict[str, dict[str, Path]]:
    """key → language → file, for every file in i18n/text."""
    found: dict[str, dict[str, Path]] = {}
    for path in sorted(TEXT.iterdir()):
        stem, language, suffix = path.name.rsplit(".", 2)  # help.keys.nl.md → help.keys, nl, md
        assert f".{suffix}" == prose.SUFFIX, path.name
        found.setdefault(stem, {})[language] = path
    return found


def _structure(text: str) -> tuple[object, ...]:
    """What must match between translations: the headings' levels, the blocks, the list items, the {values},
    the inline code spans."""
    lines = text.splitlines()
    headings = [len(line) - len(line.lstrip("#")) for line in lines if line.startswith("#")]
    blocks = len([block for block in text.split("\n\n") if block.strip()])
    items = sum(1 for line in lines if re.match(r"\s*(?:[-*+]|\d+[.)])\s", line))
    return headings, blocks, items, sorted(PLACEHOLDER.findall(text)), len(re.findall(r"`[^`]+`", text))


def test_every_prose_file_exists_in_every_language() -> None:
    """Each text under i18n/text is there in Dutch and in English, and in no other language."""
    files = _prose_files()
    assert files, "no prose files found"
    assert {key: sorted(by_language) for key, by_language in files.items()} == {
        key: sorted(LANGUAGES) for key in files
    }


def test_prose_translations_have_the_same_structure() -> None:
    """Same headings (and levels), paragraphs, list items, {values} and code spans in both languages."""
    for key, by_language in _prose_files().items():
        dutch, english = (by_language[lang].read_text(encoding="utf-8") for lang in LANGUAGES)
        assert _structure(dutch) == _structure(english), key


def test_every_prose_file_is_in_a_catalogue_and_read_as_written() -> None:
    """No orphan file: each key is in the app's catalogue, with the file's text minus its final line break."""
    for key, by_language in _prose_files().items():
        assert key in ui.MESSAGES, key
        for index, language in enumerate(LANGUAGES):
            written = by_language[language].read_text(encoding="utf-8")
            assert written.endswith("\n") and not written.endswith("\n\n"), (key, language)
            assert ui.MESSAGES[key][index] == written[:-1]


def test_the_help_and_privacy_texts_are_prose_files() -> None:
    """The help's keys and safety texts and the privacy page are no longer Python strings in ui.py."""
    assert {"help.keys", "help.safety", "privacy.body"} <= set(_prose_files())
    source = (SRC / "i18n" / "ui.py").read_text(encoding="utf-8")
    assert "Gedeeld beroepsgeheim" not in source and "Vertrouwenscentrum" not in source


def test_a_missing_prose_file_is_an_error_naming_it() -> None:
    """A text without its translation fails loudly when the catalogue is built."""
    with pytest.raises(FileNotFoundError, match=r"no-such\.topic\.nl\.md"):
        prose.prose("no-such.topic")

