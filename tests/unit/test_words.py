"""The right words (issue 16, part 8): no wrong or outdated word in the packs, the catalogues, the docs and the
demo's outputs; help texts short enough to read at once; identifier warnings that are grammatical.

The method's own lines are the seed's, word for word (test_content_packs.py); everything here is about the texts
Bouwsteen and its packs add around them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from bouwsteen_tui.core.privacy import IdentifierKind
from bouwsteen_tui.export import strings
from bouwsteen_tui.i18n import Catalog, cli, ui
from bouwsteen_tui.i18n.identifiers import identifier_phrase

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "bouwsteen_tui"
GOLDEN = ROOT / "tests" / "data" / "golden"

HELP_WORD_LIMIT = 40
"""A help text says one thing; past about 40 words it says too much at once (issue 16: "over about 35 words")."""

# --------------------------------------------------------------------------------------------- the texts


def _toml_strings(node: object, where: str = "") -> Iterator[tuple[str, str]]:
    """(where, text) for every string in a parsed TOML document, where = the path of ids and keys."""
    if isinstance(node, dict):
        label = f"{where}/{node['id']}" if isinstance(node.get("id"), str) else where
        for key, value in node.items():
            yield from _toml_strings(value, f"{label}.{key}")
    elif isinstance(node, list):
        for item in node:
            yield from _toml_strings(item, where)
    elif isinstance(node, str):
        yield where, node


ID_LIKE = re.compile(r"[a-z0-9_-]+")  # ids, kinds, roles, choices: names for the program, not text for people


def _toml_texts(paths: list[Path]) -> list[tuple[str, str]]:
    """(file:where, text) for every string of the TOML files that is text for people (ids, kinds and roles left
    out)."""
    return [(f"{path.relative_to(ROOT)}:{where}", text) for path in paths
            for where, text in _toml_strings(tomllib.loads(path.read_text(encoding="utf-8")))
            if not ID_LIKE.fullmatch(text)]


def _markdown(path: Path) -> str:
    """A Markdown file's prose: fenced code blocks and inline code left out (ids, commands, file names)."""
    text = re.sub(r"^```.*?^```", "", path.read_text(encoding="utf-8"), flags=re.MULTILINE | re.DOTALL)
    return re.sub(r"`[^`\n]*`", "", text)


def _catalogue(index: int) -> list[tuple[str, str]]:
    """(key, text) of the app's, the command line's and the outputs' catalogues in one language (0 nl, 1 en)."""
    return [(f"{name}:{key}", pair[index]) for name, table in
            (("ui", ui.MESSAGES), ("cli", cli.MESSAGES), ("strings", strings.STRINGS)) for key, pair in table.items()]


def texts(language: str) -> list[tuple[str, str]]:
    """Every text Bouwsteen shows or writes in ``language``, as (where, text): the pack and the warm-up example,
    the catalogues and their prose files, the demo, the golden outputs made from it, and the docs."""
    index = 0 if language == "nl" else 1
    found = _toml_texts(sorted((ROOT / "content" / language).glob("*.toml")))
    found += _toml_texts([SRC / "core" / "demo" / f"{language}.toml"])
    found += _catalogue(index)
    found += [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8"))
              for p in sorted((SRC / "i18n" / "text").glob(f"*.{language}.md"))]
    found += [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8"))
              for p in sorted((GOLDEN / language).iterdir()) if p.suffix in {".md", ".ics"}]
    if language == "nl":
        found += _toml_texts(sorted((ROOT / "examples" / "warm-up").glob("*.toml")))
        found += [("docs/privacy.nl.md", _markdown(ROOT / "docs" / "privacy.nl.md"))]
    else:
        found += [(str(p.relative_to(ROOT)), _markdown(p)) for p in sorted((ROOT / "docs").glob("*.md"))
                  if not p.name.endswith(".nl.md")]
        found += [("README.md", _markdown(ROOT / "README.md"))]
    return found


# --------------------------------------------------------------------------------------------- wrong words

# pattern → why it is wrong; matched case-insensitively
FORBIDDEN: dict[str, dict[str, str]] = {
    "nl": {
        r"schooltoelage": "the old name: the schooltoeslag (Groeipakket)",
        r"omschrijving": "one name per thing: beschrijving",
        r"\bmedeweten\b": "knowing is not enough: toestemming (consent) of the parents or the young person",
        r"\b(geboorte)?data\b": "reads as gegevens in a privacy tool: datums",
        r"\bopdrachten\b|zoek een opdracht": "the palette's commands are commando's; opdracht is the method's remit",
        r"(in|je|jouw|een) agenda\b(?! van het overleg)": "a calendar is a kalender (an agenda is a meeting's)",
        r"wordt verondersteld": "a presumption is 'in principe'",
    },
    "en": {
        r"\byear [1-6]\b": "a UK year is one off from the Flemish leerjaar: '4th year of primary school (age 9–10)'",
        r"\ba (e-mail|email|iban|(?!adds\b|one\b|one-)[aeio]\w)": "an, not a, before a vowel sound",
        r"\bfollow(s|ed|ing)? up (the )?(pupil|child|famil|young|absence)": "a calque: support or monitor",
        r"join the table": "a calque: take part in the meeting",
        r"other, namely": "a calque: other (please specify)",
        r"keep and close|keep what you filled in|not kept yet": "saving is 'save'; 'keep' is for keep-until",
        r"coffee moment|play moment|network moment": "a calque: informal coffee, play session, network event",
        r"bottleneck": "a calque: sticking point",
        r"agreements sheet": "one term: agreement sheet",
        r"school head|headteacher": "one term: head teacher",
        r"\bemail\b(?!/)": "one term: e-mail",  # "(email/line)" names a question kind
        r"family's knowledge": "knowing is not enough: consent",
        r"\bagenda\b(?! of the meeting| beforehand|: )": "a calendar is a calendar; an agenda is a meeting's",
        r"replaced? (them |the data |the link |it )?by (the|a) ": "a calque: replace with",
        r"guidance trajectory": "a calque: guidance",
    },
}
# The English pack's and the demo's own meeting agendas are fields called "Agenda" (the method's "agenda").
ALLOWED_AGENDA = re.compile(r"^(Agenda|Agenda: .*|Agenda of the meeting.*)$")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_wrong_words(language: str) -> None:
    """None of the words a Flemish editor marked wrong (issue 16, part 8) in any text of ``language``: packs,
    warm-up example, catalogues, prose, demo, golden outputs and docs. Lists each offender with its place."""
    all_texts = texts(language)
    assert len(all_texts) > 400, "the scan found too few texts to mean anything"
    offenders = []
    for where, text in all_texts:
        for pattern, why in FORBIDDEN[language].items():
            for match in re.finditer(pattern, text, flags=re.IGNORECASE):
                line = text[max(0, match.start() - 30): match.end() + 30].replace("\n", " ")
                if "agenda" in pattern and (ALLOWED_AGENDA.match(text.strip()) or where.endswith(".agenda")):
                    continue
                offenders.append(f"{where}: {match.group(0)!r} ({why}) in …{line}…")
    assert offenders == []


def test_the_secrecy_help_says_what_secrecy_covers() -> None:
    """Professional secrecy covers what you learn through your work, not only what you hear 'in vertrouwen'."""
    for language, words in (("nl", "via je werk"), ("en", "through your work")):
        data = tomllib.loads((ROOT / "content" / language / "step1.toml").read_text(encoding="utf-8"))
        (help_text,) = [q["help"] for part in data["parts"] for q in part["questions"] if q["id"] == "secrecy"]
        assert words in help_text
        assert "vertrouwen" not in help_text and "confidence" not in help_text


def test_reporting_back_to_a_teacher_asks_consent() -> None:
    """The four places that spoke of 'medeweten' now ask toestemming (consent): report_to, what_may_be_shared,
    the privacy screen and docs/privacy.md (and its Dutch version)."""
    nl, en = ({where.rsplit("/", 1)[-1]: text for where, text in _toml_texts(sorted((ROOT / "content" / lang).glob(
        "*.toml")))} for lang in ("nl", "en"))
    assert "toestemming" in nl["report_to.help"] and "consent" in en["report_to.help"]
    assert "toestemming" in nl["what_may_be_shared.help"] and "consent" in en["what_may_be_shared.help"]
    dutch, english = ui.MESSAGES["privacy.body"]
    assert "toestemming van de ouders" in dutch and "consent of the parents" in english
    assert "**consent**" in (ROOT / "docs" / "privacy.md").read_text(encoding="utf-8")
    assert "**toestemming**" in (ROOT / "docs" / "privacy.nl.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", ["docs/privacy.md", "docs/privacy.nl.md"])
def test_the_privacy_page_names_who_is_responsible(path: str) -> None:
    """The privacy page names the GDPR (AVG), the employer as data controller, its DPO and the GBA, links its
    translation, and the README links both."""
    text = (ROOT / path).read_text(encoding="utf-8")
    for word in ("GDPR", "AVG", "verwerkingsverantwoordelijke", "functionaris voor", "DPO",
                 "Gegevensbeschermingsautoriteit"):
        assert word in text, word
    other = "privacy.nl.md" if path == "docs/privacy.md" else "privacy.md"
    assert f"]({other})" in text
    assert f"](docs/{Path(path).name})" in (ROOT / "README.md").read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------- help length


def _pack_help() -> list[tuple[str, str]]:
    """(where, text) of every help text of the built-in packs and the warm-up example: steps' checklists,
    questions, record fields, options and checklist items."""
    paths = [*sorted((ROOT / "content").glob("*/*.toml")), *sorted((ROOT / "examples" / "warm-up").glob("*.toml"))]
    return [(where, text) for where, text in _toml_texts(paths) if where.endswith(".help")]


def _interface_help() -> list[tuple[str, str]]:
    """(key, text) of the interface's help texts: the palette's command help and the F1 help per question kind."""
    return [(f"{key} [{lang}]", text) for key, pair in ui.MESSAGES.items()
            if key.endswith("_help") or key.startswith("help.kind.") for lang, text in zip(("nl", "en"), pair,
                                                                                          strict=True)]


def test_no_help_text_is_over_the_word_limit() -> None:
    """Every help text of the packs and of the interface holds at most HELP_WORD_LIMIT words; offenders listed."""
    helps = _pack_help() + _interface_help()
    assert len(helps) > 150, "the scan found too few help texts to mean anything"
    over = [f"{where}: {len(text.split())} words" for where, text in helps if len(text.split()) > HELP_WORD_LIMIT]
    assert over == []


def test_a_presumption_is_said_to_be_one() -> None:
    """The rule that a young person of 12 decides on consent is a presumption: 'in principe' / 'presumed'."""
    for language, word in (("nl", "in principe"), ("en", "presumed")):
        helps = [text for _where, text in _toml_texts(sorted((ROOT / "content" / language).glob("*.toml")))
                 if "12" in text and ("jongere" in text or "young person" in text)]
        assert helps, language
        assert all(word in text for text in helps), helps


# --------------------------------------------------------------------------------------------- identifier phrase


@pytest.mark.parametrize(
    ("language", "kinds", "phrase"),
    [
        ("en", ["email"], "an e-mail address"),
        ("en", ["iban"], "an IBAN"),
        ("en", ["national_number"], "a national register number"),
        ("en", ["phone", "email"], "a phone number and an e-mail address"),
        ("en", ["phone", "email", "iban", "phone"], "a phone number, an e-mail address and an IBAN"),
        ("nl", ["email"], "een e-mailadres"),
        ("nl", ["phone", "email", "iban"], "een telefoonnummer, een e-mailadres en een IBAN-rekeningnummer"),
        ("nl", [], ""),
    ],
)
def test_the_identifier_phrase_is_grammatical(language: str, kinds: list[str], phrase: str) -> None:
    """The kinds the guard found, each with its own article, listed the way the language lists: never 'a IBAN'."""
    assert identifier_phrase(Catalog(language, ui.MESSAGES), kinds) == phrase


def test_every_identifier_kind_has_its_phrase() -> None:
    """Each kind the scanner reports has a phrase in both languages, so a new kind cannot show a bare key."""
    for kind in IdentifierKind:
        dutch, english = ui.MESSAGES[f"identifier.{kind.value}"]
        assert dutch.startswith("een ") and english.startswith(("a ", "an ")), kind


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_guard_warning_reads_as_a_sentence(language: str) -> None:
    """The warning takes the whole phrase: 'may contain an e-mail address', 'bevat mogelijk een e-mailadres'."""
    t = Catalog(language, ui.MESSAGES)
    warning = t("guard.warning", kinds=identifier_phrase(t, ["email"]))
    assert ("may contain an e-mail address." if language == "en" else "bevat mogelijk een e-mailadres.") in warning
