"""The built-in content packs: faithful to the methodology, loadable, and the same in both languages.

The seed text is a copy of ``../shared/seed/bouwsteen-werken-aan-de-relatie.txt`` kept in ``tests/data/seed`` so
that the tests do not depend on anything outside the repository. The matching rules are those of the
``seed-fidelity`` tool: case, runs of whitespace, leading bullets and numbers and trailing punctuation are ignored.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bouwsteen_tui.core.content import (
    LANGUAGES,
    ChecklistQuestion,
    ChoiceQuestion,
    Pack,
    PartnerQuestion,
    RecordsQuestion,
    ScaleQuestion,
    TextQuestion,
    builtin_pack_dir,
)
from bouwsteen_tui.core.loader import load_pack

SEED = Path(__file__).resolve().parents[1] / "data" / "seed" / "bouwsteen-werken-aan-de-relatie.txt"


# --------------------------------------------------------------------------------------------- helpers


def norm(text: str) -> str:
    """Normalise as seed-fidelity does: collapse whitespace, ignore case and trailing punctuation."""
    text = re.sub(r"\s+", " ", text).strip().casefold()
    return text.rstrip(".!?:;,")


def sentences(text: str) -> list[str]:
    """A text split into sentences, the way seed-fidelity splits long seed lines."""
    return [s for s in re.split(r"(?<=\.)\s+", text.strip()) if s.strip()]


def seed_lines(*, sub_options: bool = True) -> list[str]:
    """Every line of the seed as seed-fidelity checks it (step/part numbers and bullets stripped).

    With ``sub_options=False`` the indented sub-options (" - gesprekken") are left out: the packs may reuse such
    single words as option labels elsewhere (e.g. "pedagogisch" as a partner's expertise).
    """
    out: list[str] = []
    for raw in SEED.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if not sub_options and re.match(r"^\s+[-•]", raw):
            continue
        line = re.sub(r"^[-•]\s*", "", line)
        line = re.sub(r"^✓\s*", "", line)
        for pattern in (r"^STAP\s+\d+:\s*(.+)$", r"^BOUWSTEEN:\s*(.+)$", r"^\d+\s+(.+)$"):
            match = re.match(pattern, line)
            if match:
                out.append(match.group(1))
                break
        else:
            out.extend(sentences(line))
    return out


def toml_strings(obj: Any) -> Iterator[str]:
    """Every string value in parsed TOML, however deeply nested."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from toml_strings(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from toml_strings(value)


def load(language: str) -> Pack:
    pack, problems = load_pack(builtin_pack_dir(language))
    assert pack is not None, "\n".join(str(p) for p in problems)
    return pack


def visible_texts(pack: Pack) -> list[str]:
    """The texts a user sees on screen: titles, goals, headings, labels, option labels and guidance.

    Help texts, placeholders and examples are left out on purpose: they may be hidden or shown only on request.
    """
    texts = [pack.brand, pack.title, pack.introduction, pack.closing]
    for step in pack.steps:
        texts += [step.title, step.goal_heading, step.goal, step.parts_heading, step.checklist.label]
        texts += [item.label for item in step.checklist.items]
        for part in step.parts:
            texts.append(part.title)
            texts += part.guidance
            for question in part.questions:
                texts.append(question.label)
                if isinstance(question, ChoiceQuestion):
                    texts.append(question.other_label)
                if isinstance(question, ChoiceQuestion | ScaleQuestion):
                    texts += [option.label for option in question.options]
                if isinstance(question, RecordsQuestion):
                    texts.append(question.item_label)
                    for field in question.fields:
                        texts.append(field.label)
                        texts += [option.label for option in field.options]
    return [t for t in texts if t]


def visible_units(pack: Pack) -> list[str]:
    """Normalised visible texts, each also split into sentences (once per text)."""
    units: list[str] = []
    for text in visible_texts(pack):
        units += sorted({norm(text), *(norm(s) for s in sentences(text))})
    return units


def ids_by_kind(pack: Pack) -> dict[str, set[str]]:
    """Every id of the pack, qualified by where it lives so that equal ids in different places stay apart."""
    ids: dict[str, set[str]] = {k: set() for k in ("steps", "parts", "questions", "options", "items", "fields")}
    for step in pack.steps:
        ids["steps"].add(step.id)
        ids["questions"].add(step.checklist.id)
        ids["items"] |= {f"{step.checklist.id}.{item.id}" for item in step.checklist.items}
        for part in step.parts:
            ids["parts"].add(f"{step.id}.{part.id}")
            for question in part.questions:
                ids["questions"].add(question.id)
                if isinstance(question, ChoiceQuestion | ScaleQuestion):
                    ids["options"] |= {f"{question.id}.{o.id}" for o in question.options}
                if isinstance(question, RecordsQuestion):
                    for field in question.fields:
                        ids["fields"].add(f"{question.id}.{field.id}")
                        ids["options"] |= {f"{question.id}.{field.id}.{o.id}" for o in field.options}
    return ids


def skeleton(pack: Pack) -> list[str]:
    """The language-independent shape of a pack: ids, numbers, kinds and behaviour flags, in order."""
    out = [f"pack {pack.id} partner_source={pack.partner_source} steps={len(pack.steps)}"]
    for step in pack.steps:
        out.append(f"step {step.id} number={step.number} scope={step.scope.value} sheet={step.sheet}")
        out.append(f"  checklist {step.checklist.id} items={[i.id for i in step.checklist.items]}")
        for part in step.parts:
            out.append(f"  part {part.id} number={part.number} guidance={len(part.guidance)}")
            for q in part.questions:
                line = f"    question {q.id} kind={q.kind} role={q.role}"
                if isinstance(q, TextQuestion):
                    line += f" multiline={q.multiline}"
                if isinstance(q, ChoiceQuestion):
                    line += f" multiple={q.multiple} allow_other={q.allow_other} ask_primary={q.ask_primary}"
                if isinstance(q, PartnerQuestion):
                    line += f" multiple={q.multiple}"
                if isinstance(q, ChoiceQuestion | ScaleQuestion):
                    line += f" options={[o.id for o in q.options]}"
                if isinstance(q, ChecklistQuestion):
                    line += f" items={[i.id for i in q.items]}"
                if isinstance(q, RecordsQuestion):
                    line += f" title_field={q.title_field_id}"
                out.append(line)
                if isinstance(q, RecordsQuestion):
                    out += [
                        f"      field {f.id} kind={f.kind.value} source={f.source} required={f.required} role={f.role}"
                        f" options={[o.id for o in f.options]}"
                        for f in q.fields
                    ]
    return out


# --------------------------------------------------------------------------------------------- tests


def test_seed_copy_is_present() -> None:
    """The copy of the methodology seed the other tests rely on exists and holds the 112 distinct lines."""
    assert len(set(map(norm, seed_lines()))) == 112


def test_every_seed_line_is_in_the_dutch_pack() -> None:
    """Every line of the methodology appears word for word somewhere in the Dutch pack's TOML files."""
    hay = "\n".join(
        norm(s)
        for path in sorted(builtin_pack_dir("nl").glob("*.toml"))
        for s in toml_strings(tomllib.loads(path.read_text(encoding="utf-8")))
    )
    missing = [line for line in dict.fromkeys(map(norm, seed_lines())) if line not in hay]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_builtin_pack_loads_without_problems(language: str) -> None:
    """Each built-in pack loads with no content problems and declares its own language."""
    pack, problems = load_pack(builtin_pack_dir(language))
    assert [str(p) for p in problems] == []
    assert pack is not None
    assert pack.language == language


def test_dutch_and_english_have_the_same_ids() -> None:
    """Steps, parts, questions, options, checklist items and record fields carry the same ids in nl and en."""
    assert ids_by_kind(load("en")) == ids_by_kind(load("nl"))


def test_dutch_and_english_have_the_same_structure() -> None:
    """Both packs have the same order, numbers, scopes, question kinds, flags and field kinds."""
    assert skeleton(load("en")) == skeleton(load("nl"))


def test_every_seed_line_is_visible_in_the_dutch_pack() -> None:
    """Every seed line is something the user sees (a title, goal, label, option or guidance), not only help."""
    visible = set(visible_units(load("nl")))
    hidden = [line for line in dict.fromkeys(map(norm, seed_lines())) if line not in visible]
    assert hidden == []


def test_no_seed_prompt_is_shown_more_often_than_in_the_seed() -> None:
    """Each seed line (sub-options aside) is shown exactly as often as the seed has it: no prompt twice."""
    seed_counts = Counter(map(norm, seed_lines(sub_options=False)))
    shown = Counter(unit for unit in visible_units(load("nl")) if unit in seed_counts)
    assert shown == seed_counts


def test_english_pack_shows_no_untranslated_seed_line() -> None:
    """No visible text of the English pack is a Dutch line of the methodology left untranslated."""
    dutch = set(map(norm, seed_lines()))
    assert [unit for unit in visible_units(load("en")) if unit in dutch] == []
