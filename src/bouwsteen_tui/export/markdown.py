"""The sheets as Markdown: role card, case agreement sheet, network map, and any step of any pack.

The renderer is generic at heart: a step becomes a sheet, a part a heading, and each answer is shown in the form of
its kind (text as paragraphs, choices as a list, a checklist as ``[x]``/``[ ]``, records as a sub-section each).
The three built-in sheets specialise this layout where the built-in question ids are present (tables for the
agreements, the partners, the meetings and the mandates; a Mermaid diagram of the network) and fall back to the
generic form for anything else. Unanswered questions are left out.

The Markdown is GitHub-flavoured and passes markdownlint's default rules (line length aside): the YAML front
matter's ``title`` is the one top-level heading, so the body starts at level 2; every heading is unique; blocks are
separated by exactly one blank line; what the user typed is escaped, so it can never become markup, and e-mail
addresses and links become autolinks. Tables hold short values only. Pandoc converts it to DOCX.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from bouwsteen_tui.core.answers import (
    SELF_PARTNER,
    Answer,
    AnswerSet,
    Case,
    CaseStatus,
    ChecklistAnswer,
    ChoiceAnswer,
    DateAnswer,
    FieldValue,
    PartnerAnswer,
    Record,
    RecordsAnswer,
    ScaleAnswer,
    Sheet,
    TextAnswer,
    answer_fits,
    field_fits,
    is_answered,
    scope_steps,
)
from bouwsteen_tui.core.content import (
    ChecklistQuestion,
    ChoiceQuestion,
    DateQuestion,
    FieldKind,
    Pack,
    Part,
    PartnerQuestion,
    Question,
    RecordField,
    RecordsQuestion,
    ScaleQuestion,
    Scope,
    Step,
    TextQuestion,
)
from bouwsteen_tui.export.checks import CheckFinding, case_checks, expertise_coverage, network_checks
from bouwsteen_tui.export.network_map import LinkStrength, PartnerDirectory, group_partners, mermaid_diagram
from bouwsteen_tui.export.strings import (
    BIDI_CONTROLS,
    OUTPUT_LANGUAGES,
    format_date,
    has,
    neutralise_bidi,
    one_line,
    output_language,
    shorten,
    t,
)

# --------------------------------------------------------------------------------------------- escaping

# Every pattern below that runs over user text is linear in the length of the text: a single character class
# (repeated or not), a fixed prefix, or a bounded repeat, never a repeat that can backtrack into another repeat.
# A case file may hold megabytes of text without a space, and export must not stall on it.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f" + BIDI_CONTROLS + "]")
_LINK_START = re.compile(r"(?P<url>\b(?:https?|ftp)://)(?=[^\s<>\"])|(?P<www>\bwww\.)(?=[^\s<>\"`])")
_URL_REST = re.compile(r"[^\s<>\"]*")
_WWW_REST = re.compile(r"[^\s<>\"`]*")
_LOCAL_AT = re.compile(r"[A-Za-z0-9._%+-]+@")  # an e-mail address's local part and its @
_RUN_THEN_AT = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@")  # the same, from the start of a run only
_DOMAIN_RUN = re.compile(r"[A-Za-z0-9.-]+")
_LETTERS = re.compile(r"[A-Za-z]+")
_TRAILING_PUNCTUATION = ".,;:!?)]'\""
_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_{}[]<>~^$|@"})  # a backslash before each
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]{1,32};)")  # entity names are short (the longest has 31 letters)
_DASHES = re.compile(r"-(?=-)")
_LINE_START = (
    (re.compile(r"^([#+=:-])"), r"\\\1"),  # heading, list, setext underline, pandoc definition list
    (re.compile(r"^(\d{1,9})([.)])"), r"\1\\\2"),  # ordered list
    (re.compile(r"^([A-Za-z]|[ivxlcdmIVXLCDM]{1,4})([.)])(?=\s|$)"), r"\1\\\2"),  # pandoc fancy lists
    (re.compile(r"^\((?=\w{1,4}\)|@)"), r"\\("),  # pandoc (a) and (@) lists
)
_BULLET = re.compile(r"^[-*+•·–]\s+(?P<text>.*)$")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+(?P<text>.*)$")
_HEADING_END = " .,;:!。，；：！"


def clean(text: str) -> str:
    """User text without control characters and tabs, with ``\\n`` line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return _CONTROL.sub("", text.expandtabs(4))


def _escape_plain(text: str) -> str:
    text = text.translate(_SPECIAL)
    if "&" in text:
        text = _ENTITY.sub(r"\\&", text)
    if "--" in text:
        text = _DASHES.sub(r"\\-", text)  # pandoc would print "--" as an en dash and "---" as an em dash
    return text


def _domain_end(text: str, at: int) -> int:
    """Where the domain after the ``@`` at ``at`` ends (``name.be``, ``a.b-c.org``), or -1 when there is none.

    The domain is a run of letters, digits, hyphens and dots: labels joined by dots, the last one taken up to its
    first character that is not a letter, and it must have two letters at least (``x@y.be9`` ends after ``be``).
    """
    run = _DOMAIN_RUN.match(text, at + 1)
    if run is None:
        return -1
    labels = run.group().split(".")
    if not labels[0]:
        return -1
    end = -1
    dot = at + 1 + len(labels[0])  # the dot before the next label
    for label in labels[1:]:
        if not label:
            break
        letters = _LETTERS.match(label)
        if letters is not None and letters.end() >= 2:
            end = dot + 1 + letters.end()
        dot += 1 + len(label)
    return end


def _next_email(text: str, start: int) -> tuple[int, int] | None:
    """The first e-mail address that starts at ``start`` or later: (start, end), or None."""
    found = _LOCAL_AT.match(text, start) or _RUN_THEN_AT.search(text, start)
    while found is not None:
        end = _domain_end(text, found.end() - 1)
        if end > 0:
            return found.start(), end
        found = _RUN_THEN_AT.search(text, found.end())
    return None


def link_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """The links and e-mail addresses in ``text``, left to right: (start, end, whether it is a ``www.`` link).

    A link starts with ``http://``, ``https://``, ``ftp://`` or ``www.`` at a word boundary and runs to the next
    space, ``<``, ``>`` or ``"`` (a ``www.`` link also stops at a backtick); where a link and an e-mail address
    start at the same place, the link wins. The scan is linear in the length of the text: each run of characters
    is looked at a bounded number of times, however long the text and however few spaces it holds.
    """
    link = _LINK_START.search(text)
    email = _next_email(text, 0)
    while link is not None or email is not None:
        if link is not None and (email is None or link.start() <= email[0]):
            www = link.lastgroup == "www"
            rest = (_WWW_REST if www else _URL_REST).match(text, link.end())
            start, end = link.start(), rest.end() if rest is not None else link.end()
        else:
            assert email is not None
            (start, end), www = email, False
        yield start, end, www
        if link is not None and link.start() < end:
            link = _LINK_START.search(text, end)
        if email is not None and email[0] < end:
            email = _next_email(text, end)


def inline(text: str, *, line_start: bool = True) -> str:
    """One line of user text as Markdown that renders as typed; links and e-mail addresses become autolinks.

    With ``line_start`` the text may begin a line, so a leading ``#``, ``-`` or ``1.`` is escaped too.
    """
    text = one_line(clean(text))
    out: list[str] = []
    position = 0
    for start, end, www in link_spans(text):
        link = text[start:end].rstrip(_TRAILING_PUNCTUATION)
        tail = text[start + len(link) : end]
        out.append(_escape_plain(text[position:start]))
        out.append(f"`{link}`" if www else f"<{link}>")
        out.append(_escape_plain(tail))
        position = end
    out.append(_escape_plain(text[position:]))
    line = "".join(out)
    if line_start:
        for pattern, replacement in _LINE_START:
            line = pattern.sub(replacement, line, count=1)
    return line


def _lines(text: str) -> list[str]:
    return [line.strip() for line in clean(text).split("\n")]


def text_blocks(text: str) -> list[str]:
    """User text as Markdown blocks: paragraphs (line breaks kept) and the lists the user typed."""
    blocks: list[str] = []
    for paragraph in re.split(r"\n\s*\n", clean(text).strip()):
        lines = [line for line in _lines(paragraph) if line]
        group: list[str] = []
        group_kind = ""
        for line in [*lines, None]:
            kind = ""
            if line is not None:
                kind = "bullet" if _BULLET.match(line) else "number" if _NUMBERED.match(line) else "plain"
            if group and kind != group_kind:
                if group_kind == "plain":
                    blocks.append("\\\n".join(inline(item) for item in group))
                elif group_kind == "bullet":
                    blocks.append("\n".join("- " + inline(_match_text(_BULLET, item)) for item in group))
                else:
                    blocks.append(
                        "\n".join(f"{n}. " + inline(_match_text(_NUMBERED, item)) for n, item in enumerate(group, 1))
                    )
                group = []
            if line is not None:
                group.append(line)
                group_kind = kind
    return blocks


def _match_text(pattern: re.Pattern[str], line: str) -> str:
    match = pattern.match(line)
    return match.group("text") if match else line


def text_inline(text: str) -> str:
    """User text for inside a list item: lines kept (hard line breaks), the lists the user typed nested below.

    The result may start with a newline (when the text is only a list): join it with :func:`labelled`.
    """
    lead: list[str] = []
    nested: list[tuple[bool, list[str]]] = []  # (numbered, lines) per nested item
    for line in _lines(text.strip()):
        if not line:
            continue
        if _BULLET.match(line) or _NUMBERED.match(line):
            nested.append((bool(_NUMBERED.match(line)), [line]))
        elif nested:
            nested[-1][1].append(line)
        else:
            lead.append(line)
    out = "\\\n".join(inline(line, line_start=n > 0) for n, line in enumerate(lead))
    ordered = all(numbered for numbered, _ in nested)
    for n, (_numbered, lines) in enumerate(nested, 1):
        marker = f"{n}. " if ordered else "- "
        first = _match_text(_NUMBERED, lines[0]) if ordered else _match_text(_BULLET, lines[0])
        body = ("\\\n" + " " * len(marker)).join(inline(line) for line in [first, *lines[1:]])
        out += "\n" + marker + body
    return out


def labelled(prefix: str, value: str) -> str:
    """A list item's text: a bold lead-in and a value (which may open with a nested list)."""
    return prefix + value if value.startswith("\n") else f"{prefix} {value}"


def cell(text: str, lang: str) -> str:
    """A short value for a table cell: one line, escaped (``|`` too); a dash when empty."""
    value = inline(text, line_start=False)
    return value if value else t(lang, "empty.cell")


def heading_text(text: str) -> str:
    """A heading's text: one line, escaped, without the trailing punctuation markdownlint objects to."""
    text = inline(one_line(clean(text)).rstrip(_HEADING_END), line_start=False)
    if text.endswith("#"):  # a closing sequence of an ATX heading otherwise
        text = text[:-1] + "\\#"
    return text or "…"


def label_prefix(label: str) -> str:
    """A bold lead-in for a value: ``**Label:**``, or ``**Question?**`` for a question."""
    label = one_line(clean(label))
    if label.endswith("?"):
        return f"**{inline(label, line_start=False)}**"
    return f"**{inline(label.rstrip(' .:'), line_start=False)}:**"


def _front_matter_value(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


# --------------------------------------------------------------------------------------------- document


class MarkdownDoc:
    """A Markdown document built block by block: one blank line between blocks, unique headings, no skipped levels."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self._headings: set[str] = set()
        self._next_number: dict[str, int] = {}  # per heading: the number to try first when it is taken
        self._level = 1  # the front matter's title is the document's level-1 heading

    def heading(self, level: int, text: str) -> None:
        """A heading at ``level`` (at most one deeper than the previous heading), made unique in the document."""
        level = max(2, min(level, self._level + 1, 6))
        base = heading_text(text)
        unique, number = base, self._next_number.get(base, 2)
        while unique.casefold() in self._headings:
            unique, number = f"{base} ({number})", number + 1
        self._next_number[base] = number
        self._headings.add(unique.casefold())
        self._level = level
        self.blocks.append("#" * level + " " + unique)

    def block(self, markdown: str) -> None:
        """A block of ready Markdown (a paragraph); empty blocks are dropped."""
        if markdown.strip():
            self.blocks.append(markdown.strip("\n"))

    def text(self, raw: str) -> None:
        """What the user typed: paragraphs and lists."""
        self.blocks.extend(text_blocks(raw))

    def bullets(self, items: list[str]) -> None:
        """An unordered list; an item may span several lines (continuation lines are indented)."""
        items = [item for item in items if item.strip()]
        if items:
            self.blocks.append("\n".join("- " + item.replace("\n", "\n  ") for item in items))

    def tasks(self, items: list[tuple[bool, str]]) -> None:
        """A task list: ``- [x] done`` / ``- [ ] not done``."""
        if items:
            self.blocks.append("\n".join(f"- [{'x' if done else ' '}] {text}" for done, text in items))

    def table(self, header: list[str], rows: list[list[str]], widths: Sequence[int] = ()) -> None:
        """A GitHub table of short, already escaped cell values.

        ``widths`` are relative column widths: pandoc sizes the columns of a wide table by the number of dashes
        under each header, so a narrow "No." column leaves room for "What".
        """
        if not rows:
            return
        weights = list(widths) if len(widths) == len(header) else [1] * len(header)
        lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("-" * max(3, 4 * w) for w in weights) + " |"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        self.blocks.append("\n".join(lines))

    def fence(self, info: str, code: str) -> None:
        """A fenced code block (no blank or trailing-space lines inside)."""
        body = "\n".join(line.rstrip() for line in code.splitlines() if line.strip())
        self.blocks.append(f"```{info}\n{body}\n```")

    def render(self, front_matter: Mapping[str, str]) -> str:
        """The document with its YAML front matter, ending in exactly one newline.

        No bidi control is left in it, wherever it came from (the user's text, a pack's title, a diagram label).
        """
        front = ["---", *(f"{key}: {_front_matter_value(value)}" for key, value in front_matter.items() if value)]
        return neutralise_bidi("\n".join(front) + "\n---\n\n" + "\n\n".join(self.blocks) + "\n")


# --------------------------------------------------------------------------------------------- rendering answers

Handler = Callable[["SheetRenderer", Question, Answer, int], bool]


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _answered(question: Question, answers: AnswerSet) -> Answer | None:
    answer = answers.answers.get(question.id)
    if answer is None or not answer_fits(question, answer) or not is_answered(answer):
        return None
    return answer


def _record_has_values(record: Record) -> bool:
    return is_answered(RecordsAnswer(items=[record]))


@dataclass
class SheetRenderer:
    """Renders the answers of one document (a sheet or a case) into a :class:`MarkdownDoc`."""

    pack: Pack
    answers: AnswerSet
    directory: PartnerDirectory
    doc: MarkdownDoc = field(default_factory=MarkdownDoc)
    compact: bool = False  # every question as a labelled list item (the role card: one A4 page)
    handlers: Mapping[str, Handler] = field(default_factory=dict)
    skip: frozenset[str] = frozenset()
    handled: set[str] = field(default_factory=set)

    @property
    def lang(self) -> str:
        return self.directory.lang

    def t(self, key: str, **values: object) -> str:
        return t(self.lang, key, **values)

    # ----------------------------------------------------------------------------------- labels and values

    def label(self, question: Question) -> str:
        """The question's short label from the catalogue for built-in ids, else its label in the pack."""
        key = f"q.{question.id}"
        if self.pack.language in OUTPUT_LANGUAGES and has(key):
            return self.t(key)
        return question.label

    def date(self, value: date) -> str:
        return format_date(value, self.lang)

    def choice_items(self, question: ChoiceQuestion, answer: ChoiceAnswer) -> list[str]:
        """The chosen options and own additions, escaped, the primary one marked."""
        labels = {**(answer.labels or {}), **{o.id: o.label for o in question.options}}  # a removed option: old label
        items: list[str] = []
        for option_id in answer.selected:
            text = inline(labels.get(option_id, option_id))
            marked = question.ask_primary and answer.primary == option_id
            items.append(self.t("primary", label=text) if marked else text)
        for other in answer.other:
            if other.strip():
                text = inline(other)
                marked = question.ask_primary and answer.primary == f"other:{other}"
                items.append(self.t("primary", label=text) if marked else text)
        return items

    def partner_names(self, ids: list[str]) -> list[str]:
        return [inline(self.directory.name(pid)) for pid in ids]

    def record_title(self, source_id: str, record_id: str) -> str:
        """The title of a record of another records question of this document (kind ``record``)."""
        try:
            source = self.pack.question(source_id)
        except KeyError:
            return self.t("unknown_record")
        if not isinstance(source, RecordsQuestion):
            return self.t("unknown_record")
        answer = self.answers.get(source)
        record = answer.get(record_id) if isinstance(answer, RecordsAnswer) else None
        if record is None:
            return self.t("unknown_record")
        title_field = next(f for f in source.fields if f.id == source.title_field_id)
        return shorten(self.field_plain(title_field, record.values.get(title_field.id)), 80) or self.t("unknown_record")

    def kept_labels(self, field_id: str) -> dict[str, str]:
        """Labels remembered with this document's records for a field's chosen options (the pack may drop one)."""
        return {k: v for answer in self.answers.answers.values() if isinstance(answer, RecordsAnswer)
                for r in answer.items for k, v in ((r.labels or {}).get(field_id) or {}).items()}

    def field_plain(self, record_field: RecordField, value: FieldValue | None) -> str:
        """A record field's value as plain text (not yet escaped); ``""`` when empty."""
        if value is None:
            return ""
        if isinstance(value, bool):
            return self.t("yes") if value else self.t("no")
        if isinstance(value, date):
            return self.date(value)
        labels = {o.id: o.label for o in record_field.options}
        if not field_fits(record_field, value):  # the pack changed since: the value as it was, by its old label
            labels = {**self.kept_labels(record_field.id), **labels}
        if isinstance(value, list):
            if record_field.kind is FieldKind.PARTNER:
                return ", ".join(self.directory.name(v) for v in value)
            return ", ".join(labels.get(v, v) for v in value)
        if not value.strip():
            return ""
        if not field_fits(record_field, value):
            return labels.get(value, value)
        if record_field.kind is FieldKind.PARTNER:
            return self.directory.name(value)
        if record_field.kind is FieldKind.RECORD:
            return self.record_title(record_field.source, value)
        if record_field.kind in (FieldKind.SCALE, FieldKind.CHOICE, FieldKind.CHOICES):
            return labels.get(value, value)
        return value

    def field_markdown(self, record_field: RecordField, value: FieldValue | None) -> str:
        """A record field's value as inline Markdown (multi-line text keeps its lines)."""
        if record_field.kind is FieldKind.TEXT and isinstance(value, str):
            return text_inline(value)
        return inline(self.field_plain(record_field, value))

    def field_cell(self, record: Record, record_field: RecordField | None) -> str:
        if record_field is None:
            return self.t("empty.cell")
        return cell(self.field_plain(record_field, record.values.get(record_field.id)), self.lang)

    def inline_answer(self, question: Question, answer: Answer) -> str:
        """An answer as inline Markdown for a labelled list item (records excepted)."""
        match question, answer:
            case TextQuestion(), TextAnswer(text=text):
                return text_inline(text)
            case ChoiceQuestion(), ChoiceAnswer():
                return ", ".join(self.choice_items(question, answer))
            case ChecklistQuestion(), ChecklistAnswer(checked=checked):
                return ", ".join(inline(i.label) for i in question.items if i.id in checked)
            case DateQuestion(), DateAnswer(value=value) if value is not None:
                return self.date(value)
            case ScaleQuestion(), ScaleAnswer(value=value, labels=labels):
                return inline({**(labels or {}), **{o.id: o.label for o in question.options}}.get(value, value))
            case PartnerQuestion(), PartnerAnswer(partners=partners):
                return ", ".join(self.partner_names(partners))
        return ""

    @staticmethod
    def is_short(question: Question) -> bool:
        """Questions whose answer is one short value, listed together as ``**Label:** value``."""
        match question:
            case TextQuestion(multiline=False) | DateQuestion() | ScaleQuestion():
                return True
            case ChoiceQuestion(multiple=False) | PartnerQuestion(multiple=False):
                return True
        return False

    # ----------------------------------------------------------------------------------- blocks

    def answer(self, question: Question, answer: Answer, level: int) -> None:
        """An answer in the form of its kind, under a heading already written."""
        doc = self.doc
        match question, answer:
            case TextQuestion(), TextAnswer(text=text):
                doc.text(text)
            case ChoiceQuestion(), ChoiceAnswer():
                items = self.choice_items(question, answer)
                if question.multiple:
                    doc.bullets(items)
                else:
                    doc.block(", ".join(items))
            case ChecklistQuestion(), ChecklistAnswer():
                self.checklist(question, answer)
            case PartnerQuestion(), PartnerAnswer(partners=partners):
                if question.multiple:
                    doc.bullets(self.partner_names(partners))
                else:
                    doc.block(", ".join(self.partner_names(partners)))
            case RecordsQuestion(), RecordsAnswer():
                self.records(question, answer, level)
            case _:
                doc.block(self.inline_answer(question, answer))

    def checklist(self, question: ChecklistQuestion, answer: ChecklistAnswer) -> None:
        self.doc.tasks([(item.id in answer.checked, inline(item.label)) for item in question.items])

    def record_heading(self, question: RecordsQuestion, record: Record, number: int) -> tuple[str, bool]:
        """The heading of a record, and whether its title field was shortened to fit it."""
        item = _capitalise(question.item_label or self.t("item"))
        title_field = next(f for f in question.fields if f.id == question.title_field_id)
        full = one_line(self.field_plain(title_field, record.values.get(title_field.id)))
        title = shorten(full, 60)
        cut = title != full or "\n" in record.text(title_field.id).strip()
        if title:
            return self.t("record_heading", item=item, number=number, title=title), cut
        return self.t("record_heading_untitled", item=item, number=number), cut

    def records(self, question: RecordsQuestion, answer: RecordsAnswer, level: int) -> None:
        """A sub-section per record: a heading naming it, then its fields as a labelled list."""
        records = [r for r in answer.items if _record_has_values(r)]
        for number, record in enumerate(records, 1):
            heading, cut = self.record_heading(question, record, number)
            self.doc.heading(level, heading)
            items = []
            for record_field in question.fields:
                if record_field.id == question.title_field_id and not cut:
                    continue
                value = self.field_markdown(record_field, record.values.get(record_field.id))
                if value:
                    items.append(labelled(label_prefix(record_field.label), value))
            self.doc.bullets(items)

    # ----------------------------------------------------------------------------------- steps and parts

    def part_title(self, part: Part) -> str:
        return f"{part.number}. {part.title}" if part.number is not None else part.title

    def answered_questions(self, part: Part) -> list[tuple[Question, Answer]]:
        out = []
        for question in part.questions:
            answer = _answered(question, self.answers)
            if answer is not None and question.id not in self.skip:
                out.append((question, answer))
        return out

    def has_answers(self, step: Step) -> bool:
        return any(_answered(q, self.answers) is not None for q in step.questions() if q.id not in self.skip)

    def step(self, step: Step, level: int = 2) -> None:
        """Every answered part of ``step`` with its answers, then the step's checklist if ticked."""
        if not self.has_answers(step):
            self.doc.block(inline(self.t("empty.sheet")))
            return
        for part in step.parts:
            answered = self.answered_questions(part)
            if not answered:
                continue
            self.doc.heading(level, self.part_title(part))
            self.part(part, answered, level + 1)

    def step_checklist(self, step: Step, level: int = 2) -> None:
        answer = _answered(step.checklist, self.answers)
        if isinstance(answer, ChecklistAnswer):
            self.doc.heading(level, step.checklist.label)
            self.checklist(step.checklist, answer)

    def part(self, part: Part, answered: list[tuple[Question, Answer]], level: int) -> None:
        """The answers of a part: short ones as a labelled list, long ones under their own heading."""
        pending: list[str] = []

        def flush() -> None:
            self.doc.bullets(pending)
            pending.clear()

        only = answered[0][0] if len(part.questions) == 1 else None
        for question, answer in answered:
            handler = self.handlers.get(question.id)
            if handler is not None:
                flush()
                if handler(self, question, answer, level):
                    self.handled.add(question.id)
                    continue
            if isinstance(question, RecordsQuestion) and isinstance(answer, RecordsAnswer):
                flush()
                self.doc.heading(level, self.label(question))
                self.records(question, answer, level + 1)
            elif self.compact and only is not None and isinstance(question, TextQuestion):
                self.answer(question, answer, level)  # the part's title says it all: e.g. the message for partners
            elif self.compact or self.is_short(question):
                pending.append(labelled(label_prefix(self.label(question)), self.inline_answer(question, answer)))
            else:
                flush()
                self.doc.heading(level, self.label(question))
                self.answer(question, answer, level + 1)
        flush()

    def findings(self, findings: list[CheckFinding], level: int = 2) -> None:
        """The points to check, if any."""
        if not findings:
            return
        self.doc.heading(level, self.t("checks.heading"))
        self.doc.block(inline(self.t("checks.intro")))
        self.doc.bullets([f"**{inline(f.where)}:** {inline(f.message)}" for f in findings])


# --------------------------------------------------------------------------------------------- helpers


def _fields(question: Question, wanted: Mapping[str, tuple[FieldKind, ...]]) -> dict[str, RecordField] | None:
    """The fields ``wanted`` (id → acceptable kinds) of a records question, or ``None`` when one is missing."""
    if not isinstance(question, RecordsQuestion):
        return None
    by_id = {f.id: f for f in question.fields}
    for field_id, kinds in wanted.items():
        if field_id not in by_id or by_id[field_id].kind not in kinds:
            return None
    return by_id


def _items(answer: Answer) -> list[Record]:
    return [r for r in answer.items if _record_has_values(r)] if isinstance(answer, RecordsAnswer) else []


def _lang(pack: Pack, lang: str | None) -> str:
    return output_language(lang or pack.language)


def _today(today: date | None) -> date:
    return today if today is not None else date.today()


def _step_for(pack: Pack, scope: Scope, sheet: Sheet | None) -> Step | None:
    if sheet is not None:
        try:
            return pack.step(sheet.step_id)
        except KeyError:
            pass
    steps = scope_steps(pack, scope)
    return steps[0] if steps else None


_WORDS = (FieldKind.TEXT, FieldKind.LINE)  # a trainer may make a one-line field multi-line, or the reverse

# --------------------------------------------------------------------------------------------- role card


def render_role_card(
    pack: Pack,
    profile_sheet: Sheet | None,
    network_sheet: Sheet | None,
    lang: str | None = None,
    *,
    today: date | None = None,
) -> str:
    """The role card (step 1): who I am, my remit and way of working, offer, mandate, limits, message.

    Every part is a heading with its answers as a short labelled list, so that a typical card fits one A4 page.
    The step's checklist is the author's self-check, not a message for partners: the card leaves it out.
    """
    language = _lang(pack, lang)
    directory = PartnerDirectory(pack, network_sheet, profile_sheet, language)
    step = _step_for(pack, Scope.PROFILE, profile_sheet)
    answers = profile_sheet if profile_sheet is not None else Sheet(pack_id=pack.id, step_id=step.id if step else "")
    renderer = SheetRenderer(pack, answers, directory, compact=True)
    if step is None:
        renderer.doc.block(inline(t(language, "empty.sheet")))
    else:
        renderer.step(step)
    front = {
        "title": t(language, "title.role_card"),
        "date": _today(today).isoformat(),
        "lang": t(language, "lang.tag"),
    }
    return renderer.doc.render(front)


# --------------------------------------------------------------------------------------------- case sheet


def _actions(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """Chosen actions as a table with who takes each on; the other ideas as a list."""
    fields = _fields(question, {"chosen": (FieldKind.YESNO,)})
    if fields is None or not isinstance(question, RecordsQuestion):
        return False
    records = _items(answer)
    title_field = fields[question.title_field_id]
    takers: dict[str, list[str]] = {}
    for case_step in scope_steps(r.pack, Scope.CASE):
        for part in case_step.parts:
            for q in part.questions:
                if not isinstance(q, RecordsQuestion):
                    continue
                links = [f for f in q.fields if f.kind is FieldKind.RECORD and f.source == question.id]
                partner = next((f for f in q.fields if f.kind is FieldKind.PARTNER), None)
                for link in links:
                    for task in _items(r.answers.get(q)):
                        names = takers.setdefault(task.text(link.id), [])
                        name = r.field_plain(partner, task.values.get(partner.id)) if partner else ""
                        if name and name not in names:
                            names.append(name)
    feasibility, impact = fields.get("feasibility"), fields.get("impact")
    chosen = [rec for rec in records if rec.flag("chosen")]
    others = [rec for rec in records if not rec.flag("chosen")]
    r.doc.heading(level, r.t("actions.chosen"))
    if chosen:
        rows = []
        for rec in chosen:
            names = takers.get(rec.id, [])
            rows.append(
                [
                    r.field_cell(rec, title_field),
                    r.field_cell(rec, feasibility),
                    r.field_cell(rec, impact),
                    cell(", ".join(names), r.lang) if names else inline(r.t("nobody_yet")),
                ]
            )
        header = ["col.action", "col.feasibility", "col.impact", "col.taken_on_by"]
        r.doc.table([r.t(h) for h in header], rows, widths=(5, 2, 2, 3))
    else:
        r.doc.block(inline(r.t("actions.none_chosen")))
    if others:
        r.doc.heading(level, r.t("actions.others"))
        items = []
        for rec in others:
            text = inline(r.field_plain(title_field, rec.values.get(title_field.id))) or r.t("empty.cell")
            scores = [
                r.field_plain(f, rec.values.get(f.id)) if f is not None else "" for f in (feasibility, impact)
            ]
            if any(scores):
                empty = r.t("empty.cell")
                scored = r.t("actions.scores", feasibility=scores[0] or empty, impact=scores[1] or empty)
                text += " (" + inline(scored, line_start=False) + ")"
            items.append(text)
        r.doc.bullets(items)
    return True


def _task_division(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """Who takes on what: a table of action, who, whether it fits the mandate, overlap."""
    fields = _fields(
        question,
        {"action": (FieldKind.RECORD,), "partner": (FieldKind.PARTNER,), "fits_mandate": (FieldKind.YESNO,),
         "overlap": _WORDS},
    )
    if fields is None:
        return False
    rows = [
        [r.field_cell(rec, fields[f]) for f in ("action", "partner", "fits_mandate", "overlap")]
        for rec in _items(answer)
    ]
    r.doc.heading(level, r.t("q.task_division"))
    header = ("col.action", "col.who", "col.fits_mandate", "col.overlap")
    r.doc.table([r.t(h) for h in header], rows, widths=(4, 3, 2, 4))
    return True


AGREEMENT_CELL_LIMIT = 120


def _agreements(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """The agreements as a table: what, who, by when, report back (when, to whom), adjust (when, how)."""
    fields = _fields(
        question,
        {
            "what": _WORDS,
            "who": (FieldKind.PARTNER,),
            "by_when": (FieldKind.DATE,),
            "report_date": (FieldKind.DATE,),
            "report_to": _WORDS,
            "adjust_date": (FieldKind.DATE,),
            "adjust_how": _WORDS,
        },
    )
    if fields is None:
        return False

    def when(rec: Record, date_id: str, what_id: str, key: str) -> str:
        day = r.field_plain(fields[date_id], rec.values.get(date_id))
        detail = one_line(r.field_plain(fields[what_id], rec.values.get(what_id)))
        if day and detail:
            return cell(r.t(key, date=day, whom=detail, how=detail), r.lang)
        return cell(day or detail, r.lang)

    rows: list[list[str]] = []
    in_full: list[str] = []
    for number, rec in enumerate(_items(answer), 1):
        what = rec.text("what").strip()
        flat = one_line(what)
        if len(flat) > AGREEMENT_CELL_LIMIT or "\n" in what:
            what_cell = inline(r.t("agreements.see_below", text=shorten(flat, 80), number=number))
            in_full.append(labelled(f"**{inline(r.t('agreement.item', number=number))}:**", text_inline(what)))
        else:
            what_cell = cell(flat, r.lang)
        rows.append(
            [
                str(number),
                what_cell,
                r.field_cell(rec, fields["who"]),
                r.field_cell(rec, fields["by_when"]),
                when(rec, "report_date", "report_to", "date_to"),
                when(rec, "adjust_date", "adjust_how", "date_how"),
            ]
        )
    r.doc.heading(level, r.t("q.agreements"))
    header = ["col.number", "col.what", "col.who", "col.by_when", "col.report_back", "col.adjust"]
    r.doc.table([r.t(h) for h in header], rows, widths=(2, 11, 6, 5, 8, 8))
    if in_full:
        r.doc.heading(level + 1, r.t("agreements.full"))
        r.doc.bullets(in_full)
    return True


CASE_HANDLERS: dict[str, Handler] = {
    "actions": _actions,
    "task_division": _task_division,
    "agreements": _agreements,
}

CASE_PARTNERS = "case_partners"


def _case_overview(r: SheetRenderer, case: Case, today: date) -> None:
    """Case code, date, description and the partners involved with their contact details."""
    r.doc.heading(2, r.t("case.overview"))
    items = [
        f"**{inline(r.t('case.code'))}:** {inline(case.code)}",
        f"**{inline(r.t('case.date'))}:** {r.date(today)}",
    ]
    if case.description.strip():
        items.append(f"**{inline(r.t('case.description'))}:** {inline(case.description)}")
    if case.status is CaseStatus.CLOSED:
        items.append(f"**{inline(r.t('case.status'))}:** {inline(r.t('case.closed'))}")
    r.doc.bullets(items)
    r.doc.block(inline(r.t("case.no_names")))
    try:
        question = r.pack.question(CASE_PARTNERS)
    except KeyError:
        return
    answer = _answered(question, case)
    if not isinstance(answer, PartnerAnswer):
        return
    r.handled.add(CASE_PARTNERS)
    r.doc.heading(3, r.t("case.partners"))
    rows = []
    for partner_id in answer.partners:
        record = r.directory.by_id.get(partner_id)
        if partner_id == SELF_PARTNER:
            empty = r.t("empty.cell")
            rows.append([cell(r.directory.self_name, r.lang), cell(r.directory.own_function, r.lang), empty, empty])
            continue
        contact = [record.text(f) if record else "" for f in ("contact", "email", "phone")]
        rows.append([cell(r.directory.name(partner_id), r.lang), *(cell(v, r.lang) for v in contact)])
    header = ("col.partner", "col.contact", "col.email", "col.phone")
    r.doc.table([r.t(h) for h in header], rows, widths=(3, 3, 4, 2))


def render_case_sheet(
    pack: Pack,
    case: Case,
    network_sheet: Sheet | None,
    profile_sheet: Sheet | None,
    today: date | None = None,
    *,
    lang: str | None = None,
) -> str:
    """The case agreement sheet (step 2) of one case: framing, perspectives, actions, agreements, checks."""
    language = _lang(pack, lang)
    day = _today(today)
    directory = PartnerDirectory(pack, network_sheet, profile_sheet, language)
    renderer = SheetRenderer(pack, case, directory, handlers=CASE_HANDLERS, skip=frozenset({CASE_PARTNERS}))
    _case_overview(renderer, case, day)
    steps = scope_steps(pack, Scope.CASE)
    for step in steps:
        if len(steps) > 1:
            renderer.doc.heading(2, f"{step.number}. {step.title}")
        renderer.step(step, level=2 if len(steps) == 1 else 3)
    renderer.findings(case_checks(pack, case, directory, day))
    for step in steps:
        renderer.step_checklist(step, level=2)
    front = {
        "title": t(language, "title.case_sheet", code=case.code),
        "date": day.isoformat(),
        "case": case.code,
        "lang": t(language, "lang.tag"),
    }
    return renderer.doc.render(front)


# --------------------------------------------------------------------------------------------- network map

_PARTNER_FIELDS: dict[str, tuple[FieldKind, ...]] = {
    "organisation": _WORDS,
    "type": (FieldKind.CHOICE,),
    "contact": _WORDS,
    "role": _WORDS,
    "email": (FieldKind.EMAIL, FieldKind.LINE),
    "phone": (FieldKind.PHONE, FieldKind.LINE),
    "reachability": _WORDS,
    "expertise": (FieldKind.CHOICES,),
    "strength": (FieldKind.SCALE,),
}


def _partners(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """The partners in two tables (who they are; how to reach them), the Mermaid diagram, help and gaps."""
    fields = _fields(question, _PARTNER_FIELDS)
    if fields is None or question.id != r.pack.partner_source:
        return False
    records = _items(answer)

    def row(rec: Record, columns: tuple[str, ...]) -> list[str]:
        return [r.field_cell(rec, fields[f]) for f in columns]

    overview = ("organisation", "type", "role", "expertise", "strength")
    contact = ("organisation", "contact", "email", "phone", "reachability")
    r.doc.heading(level, r.t("q.partners"))
    r.doc.table([r.t(f"col.{f}") for f in overview], [row(rec, overview) for rec in records], widths=(3, 2, 4, 4, 2))
    r.doc.heading(level, r.t("map.contact_details"))
    r.doc.table([r.t(f"col.{f}") for f in contact], [row(rec, contact) for rec in records], widths=(3, 4, 5, 3, 4))
    r.doc.heading(level, r.t("map.diagram"))
    r.doc.block(inline(r.t("map.diagram_note")))
    r.doc.fence("mermaid", mermaid_diagram(r.pack, r.answers, r.directory.profile, r.lang))
    help_field = fields.get("can_help_with")
    if help_field is not None:
        helps = [
            labelled(_bold_name(r, rec), r.field_markdown(help_field, rec.values.get(help_field.id)))
            for rec in records
            if rec.text(help_field.id).strip()
        ]
        if helps:
            r.doc.heading(level, r.t("map.help_with"))
            r.doc.bullets(helps)
    _gaps(r, question, records, level)
    return True


def _bold_name(r: SheetRenderer, record: Record) -> str:
    return f"**{inline(r.directory.title(record) or r.t('unknown_partner'), line_start=False)}:**"


def _gaps(r: SheetRenderer, question: Question, records: list[Record], level: int) -> None:
    """The gaps: the network as a whole, per partner, partners without a relationship, expertise nobody brings."""
    assert isinstance(question, RecordsQuestion)
    gap_field = next((f for f in question.fields if f.id == "gaps"), None)
    items = []
    if gap_field is not None:
        items = [
            labelled(_bold_name(r, rec), r.field_markdown(gap_field, rec.values.get(gap_field.id)))
            for rec in records
            if rec.text(gap_field.id).strip()
        ]
    unlinked = [  # partners without a relationship whose gaps do not say so already
        p.name
        for group in group_partners(r.pack, r.answers, r.lang)
        for p in group.partners
        if p.strength is LinkStrength.NONE and not (gap_field and p.record.text(gap_field.id).strip())
    ]
    if unlinked:
        items.append(f"**{inline(r.t('map.no_link'))}:** " + ", ".join(inline(n) for n in unlinked))
    missing = [label for _oid, label, partners in expertise_coverage(r.pack, r.answers) or [] if not partners]
    if missing:
        items.append(f"**{inline(r.t('map.missing_expertise'))}:** " + ", ".join(inline(m) for m in missing))
    whole: Answer | None = None
    try:
        whole = _answered(r.pack.question("network_gaps"), r.answers)
    except KeyError:
        whole = None
    if not items and not isinstance(whole, TextAnswer):
        return
    r.doc.heading(level, r.t("map.gaps"))
    if isinstance(whole, TextAnswer):
        r.doc.text(whole.text)
        r.handled.add("network_gaps")
    r.doc.bullets(items)


def _network_gaps(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """Shown with the partners' gaps when the partners table was drawn."""
    return "network_gaps" in r.handled


def _needed_expertise(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """Needed expertise with the partners that bring it in; own additions listed as not checked."""
    coverage = expertise_coverage(r.pack, r.answers)
    if coverage is None or not isinstance(answer, ChoiceAnswer):
        return False
    rows = [
        [
            cell(label, r.lang),
            cell(", ".join(r.directory.title(p) for p in partners), r.lang)
            if partners
            else inline(r.t("no_partner_yet")),
        ]
        for _oid, label, partners in coverage
    ]
    rows += [[cell(other, r.lang), inline(r.t("not_checked"))] for other in answer.other if other.strip()]
    r.doc.heading(level, r.t("q.needed_expertise"))
    r.doc.table([r.t("col.expertise"), r.t("col.brought_in_by")], rows, widths=(2, 5))
    return True


def _meetings(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
    """The meeting calendar as a table (by date), with each agenda below it."""
    fields = _fields(
        question,
        {"date": (FieldKind.DATE,), "period": (FieldKind.CHOICE,), "aim": _WORDS, "agenda": _WORDS,
         "minutes": _WORDS, "follow_up": _WORDS, "format": (FieldKind.CHOICE,)},
    )
    if fields is None:
        return False
    records = sorted(_items(answer), key=lambda rec: (rec.date("date") is None, rec.date("date") or date.min))
    rows = [
        [r.field_cell(rec, fields[f]) for f in ("date", "period", "aim", "format", "minutes", "follow_up")]
        for rec in records
    ]
    r.doc.heading(level, r.t("q.meetings"))
    header = ["col.date", "col.period", "col.aim", "col.format", "col.minutes", "col.follow_up"]
    r.doc.table([r.t(h) for h in header], rows, widths=(2, 2, 4, 2, 3, 3))
    for rec in records:
        if not rec.text("agenda").strip():
            continue
        day = rec.date("date")
        if day is not None:
            r.doc.heading(level + 1, r.t("meeting.agenda", date=r.date(day)))
        else:
            r.doc.heading(level + 1, r.t("meeting.agenda_undated", aim=shorten(rec.text("aim"), 60)))
        r.doc.text(rec.text("agenda"))
    return True


def _table_handler(key: str, columns: tuple[tuple[str, str, int], ...], kinds: Mapping[str, tuple[FieldKind, ...]],
                   sort_by_date: str = "") -> Handler:
    """A handler that shows a records question as a table of short values."""

    def handler(r: SheetRenderer, question: Question, answer: Answer, level: int) -> bool:
        fields = _fields(question, kinds)
        if fields is None:
            return False
        records = _items(answer)
        if sort_by_date:
            records.sort(key=lambda rec: (rec.date(sort_by_date) is None, rec.date(sort_by_date) or date.min))
        r.doc.heading(level, r.t(key))
        rows = [[r.field_cell(rec, fields[f]) for f, _c, _w in columns] for rec in records]
        r.doc.table([r.t(c) for _f, c, _w in columns], rows, widths=[w for _f, _c, w in columns])
        return True

    return handler


NETWORK_HANDLERS: dict[str, Handler] = {
    "partners": _partners,
    "network_gaps": _network_gaps,
    "needed_expertise": _needed_expertise,
    "meetings": _meetings,
    "informal_moments": _table_handler(
        "q.informal_moments",
        (("date", "col.date", 2), ("what", "col.what", 4), ("kind", "col.kind", 2), ("purpose", "col.purpose", 4)),
        {"date": (FieldKind.DATE,), "what": _WORDS, "kind": (FieldKind.CHOICE,), "purpose": _WORDS},
        sort_by_date="date",
    ),
    "mandates": _table_handler(
        "q.mandates",
        (("decision", "col.decision", 1), ("who_decides", "col.who_decides", 1), ("align_when", "col.align_when", 1)),
        {"decision": _WORDS, "who_decides": _WORDS, "align_when": _WORDS},
    ),
}


def render_network(
    pack: Pack,
    network_sheet: Sheet | None,
    profile_sheet: Sheet | None,
    *,
    today: date | None = None,
    lang: str | None = None,
) -> str:
    """The network map and organisation agreements (step 3): partners, diagram, gaps, meetings, mandates."""
    language = _lang(pack, lang)
    directory = PartnerDirectory(pack, network_sheet, profile_sheet, language)
    step = _step_for(pack, Scope.NETWORK, network_sheet)
    if step is None and pack.partner_source:
        step = pack.step_of(pack.partner_source)
    answers = network_sheet if network_sheet is not None else Sheet(pack_id=pack.id, step_id=step.id if step else "")
    renderer = SheetRenderer(pack, answers, directory, handlers=NETWORK_HANDLERS)
    if step is None:
        renderer.doc.block(inline(t(language, "empty.sheet")))
    else:
        renderer.step(step)
        renderer.findings(network_checks(pack, network_sheet, directory))
        renderer.step_checklist(step)
    front = {
        "title": t(language, "title.network"),
        "subtitle": inline(directory.own_name),
        "date": _today(today).isoformat(),
        "lang": t(language, "lang.tag"),
    }
    return renderer.doc.render(front)


# --------------------------------------------------------------------------------------------- any step


def render_generic_step(
    pack: Pack,
    step: Step,
    answers: AnswerSet | None,
    network_sheet: Sheet | None = None,
    profile_sheet: Sheet | None = None,
    *,
    today: date | None = None,
    case_code: str = "",
    lang: str | None = None,
) -> str:
    """Any step of any pack as a sheet: each part a heading, each answer in the form of its kind."""
    language = _lang(pack, lang)
    directory = PartnerDirectory(pack, network_sheet, profile_sheet, language)
    document = answers if answers is not None else Sheet(pack_id=pack.id, step_id=step.id)
    renderer = SheetRenderer(pack, document, directory)
    renderer.step(step)
    renderer.step_checklist(step)
    front = {
        "title": f"{step.title} {case_code}".strip(),
        "subtitle": inline(pack.title),
        "date": _today(today).isoformat(),
        "case": case_code,
        "lang": t(language, "lang.tag") if pack.language in OUTPUT_LANGUAGES else pack.language,
    }
    return renderer.doc.render(front)
