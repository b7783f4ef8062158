"""The network map as data: partners by name, grouped by type with the strength of each link.

These helpers are pure, so the documents, the cross-step checks and the app's drawn map share them:
:func:`group_partners` gives the groups the app draws; :func:`graph` gives the documents' graph.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bouwsteen_tui.core.answers import SELF_PARTNER, AnswerSet, Record, TextAnswer, partners_of
from bouwsteen_tui.core.content import FieldKind, Pack, RecordField, RecordsQuestion, field_for_role
from bouwsteen_tui.export.model import Graph, Group, Node
from bouwsteen_tui.export.strings import one_line, t


class LinkStrength(StrEnum):
    """How strong the relationship with a partner is, as the map draws it."""

    STRONG = "strong"
    WORKABLE = "workable"
    WEAK = "weak"
    NONE = "none"
    UNKNOWN = "unknown"  # not filled in


@dataclass(frozen=True)
class MapPartner:
    """A partner as the map shows it."""

    id: str
    name: str
    type_id: str
    strength: LinkStrength
    strength_label: str
    record: Record
    contact: str = ""  # the field with role "contact", as typed
    gaps: str = ""  # the field with role "gaps", as typed


@dataclass(frozen=True)
class PartnerGroup:
    """The partners of one type, in the user's order."""

    type_id: str  # "" for partners without a (known) type
    title: str
    partners: tuple[MapPartner, ...]


def _own(pack: Pack, profile: AnswerSet | None, role: str) -> str:
    """The one-line answer to the profile question that plays ``role``, or ``""``."""
    question = pack.question_for_role(role)
    if profile is None or question is None:
        return ""
    answer = profile.answers.get(question.id)
    return one_line(answer.text) if isinstance(answer, TextAnswer) else ""


def own_organisation(pack: Pack, profile: AnswerSet | None) -> str:
    """The user's organisation (role ``own_organisation``) as typed, or ``""``."""
    return _own(pack, profile, "own_organisation")


def own_function(pack: Pack, profile: AnswerSet | None) -> str:
    """The user's job title (role ``own_function``) as typed, or ``""``."""
    return _own(pack, profile, "own_function")


def _field(question: RecordsQuestion | None, role: str, kind: FieldKind) -> RecordField | None:
    """The field that plays ``role``, else the first field of that kind (packs that declare no field roles)."""
    if question is None:
        return None
    found = field_for_role(question, role)
    if found is not None:
        return found
    if any(f.role for f in question.fields):
        return None
    return next((f for f in question.fields if f.kind is kind), None)


def type_field(pack: Pack) -> RecordField | None:
    """The field of a partner that holds its type (a choice): field role ``type``."""
    return _field(pack.partner_records(), "type", FieldKind.CHOICE)


def strength_field(pack: Pack) -> RecordField | None:
    """The field of a partner that holds the strength of the relationship (a scale): field role ``strength``."""
    return _field(pack.partner_records(), "strength", FieldKind.SCALE)


def link_strength(field: RecordField | None, value: str) -> LinkStrength:
    """The strength of a link: the built-in option ids, or for other scales the position on the scale."""
    if field is None or not value:
        return LinkStrength.UNKNOWN
    ids = [o.id for o in field.options]
    if value in {s.value for s in LinkStrength} - {LinkStrength.UNKNOWN.value}:
        return LinkStrength(value)
    if value not in ids:
        return LinkStrength.UNKNOWN
    ratio = ids.index(value) / (len(ids) - 1) if len(ids) > 1 else 1.0
    if ratio >= 0.75:
        return LinkStrength.STRONG
    if ratio >= 0.4:
        return LinkStrength.WORKABLE
    return LinkStrength.WEAK


class PartnerDirectory:
    """Names of the partners of the network map, and of the user's own organisation (:data:`SELF_PARTNER`)."""

    def __init__(self, pack: Pack, network: AnswerSet | None, profile: AnswerSet | None, lang: str) -> None:
        self.pack = pack
        self.lang = lang
        self.profile = profile
        self.question = pack.partner_records()
        self.records = partners_of(pack, network)
        self.by_id = {r.id: r for r in self.records}
        self.own_name = own_organisation(pack, profile)
        self.own_function = own_function(pack, profile)

    def own_contact(self) -> tuple[str, str, str]:
        """My row's contact person, e-mail and phone in a partner table: my name and job title, as typed in step 1."""
        name, function = _own(self.pack, self.profile, "own_name"), self.own_function
        person = f"{name}, {function}" if name and function else name or function
        return person, _own(self.pack, self.profile, "own_email"), _own(self.pack, self.profile, "own_phone")

    @property
    def self_name(self) -> str:
        return self.own_name or t(self.lang, "own_organisation")

    def known(self, partner_id: str) -> bool:
        """Whether ``partner_id`` names a partner of the map or the user's own organisation."""
        return partner_id == SELF_PARTNER or partner_id in self.by_id

    def title(self, record: Record) -> str:
        """A partner's name (the title field of its record)."""
        return one_line(record.text(self.question.title_field_id)) if self.question is not None else ""

    def name(self, partner_id: str) -> str:
        """The name to print for ``partner_id``; a partner no longer on the map reads as unknown."""
        if partner_id == SELF_PARTNER:
            return self.self_name
        record = self.by_id.get(partner_id)
        if record is None:
            return t(self.lang, "unknown_partner")
        return self.title(record) or t(self.lang, "unknown_partner")


def group_partners(pack: Pack, network: AnswerSet | None, lang: str) -> list[PartnerGroup]:
    """Partners grouped by type, in the order of the type's options; partners without a type come last."""
    directory = PartnerDirectory(pack, network, None, lang)
    kind = type_field(pack)
    strength = strength_field(pack)
    type_labels = {o.id: o.label for o in kind.options} if kind is not None else {}
    strength_labels = {o.id: o.label for o in strength.options} if strength is not None else {}
    contact, gaps = (field_for_role(directory.question, role) for role in ("contact", "gaps"))
    grouped: dict[str, list[MapPartner]] = {}
    for record in directory.records:
        type_id = record.text(kind.id) if kind is not None else ""
        type_id = type_id if type_id in type_labels else ""
        strength_id = record.text(strength.id) if strength is not None else ""
        grouped.setdefault(type_id, []).append(
            MapPartner(
                id=record.id,
                name=directory.title(record) or t(lang, "unknown_partner"),
                type_id=type_id,
                strength=link_strength(strength, strength_id),
                strength_label=strength_labels.get(strength_id, ""),
                record=record,
                contact=record.text(contact.id) if contact is not None else "",
                gaps=record.text(gaps.id) if gaps is not None else "",
            )
        )
    order = [*type_labels, ""]
    return [
        PartnerGroup(type_id=key, title=type_labels.get(key) or t(lang, "other_partners"), partners=tuple(grouped[key]))
        for key in order
        if key in grouped
    ]


# --------------------------------------------------------------------------------------------- the graph


def graph(pack: Pack, network: AnswerSet | None, profile: AnswerSet | None, lang: str) -> Graph:
    """The network as the documents draw it: my organisation in the centre, the partners grouped by type."""
    directory = PartnerDirectory(pack, network, profile, lang)
    groups = tuple(
        Group(
            id=group.type_id,
            title=group.title,
            nodes=tuple(Node(p.id, p.name, p.strength.value, p.strength_label) for p in group.partners),
        )
        for group in group_partners(pack, network, lang)
    )
    legend = tuple((s.value, t(lang, f"strength.{s.value}")) for s in LinkStrength)
    return Graph(centre=directory.self_name, groups=groups, legend=legend)
