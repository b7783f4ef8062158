"""Importing a case file into a workspace, and undoing that import.

:func:`import_case` adds the case of a :class:`~bouwsteen_tui.core.exchange.CaseExchange` under a fresh code (never
over an existing case) and resolves its partners against the workspace's network map by organisation name
(ignoring case and spacing): a partner already there is reused as it is; any other is added with only what the case
needs (:func:`~bouwsteen_tui.core.exchange.case_values`: organisation, type, contact person), never a relationship
strength, e-mail, phone or other answer of the network step. "My organisation" (``self``) in the file is the
*author's* organisation: it becomes that organisation as a partner (matched or added like the others), never the
importer's own organisation, unless the importer asks for that (``self_is_me``) or the two have the same name.

Each import is remembered in ``<root>/imports.toml``: the new case's code and fingerprint, and the partners it
added with theirs. :func:`undo_import` removes the case and each partner it added that is unchanged and that no
other case or answer refers to. The dates of a case are not carried over: an imported case starts today.

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import (
    CASE_CODE_PATTERN,
    SCHEMA_VERSION,
    SELF_PARTNER,
    Case,
    Record,
    RecordsAnswer,
    Sheet,
    new_case_code,
    new_record_id,
)
from bouwsteen_tui.core.content import Pack, Scope
from bouwsteen_tui.core.exchange import (
    CaseExchange,
    ExchangeError,
    case_values,
    check_limits,
    draft_case,
    names_self,
    network_step_id,
    own_organisation_of,
    referenced_partners,
    remap_partners,
)
from bouwsteen_tui.core.files import dump_document
from bouwsteen_tui.core.workspace import Workspace

IMPORTS_FILE = "imports.toml"


class AddedPartner(BaseModel):
    """A partner an import added to the network map, with a fingerprint of its values as added."""

    model_config = ConfigDict(extra="ignore")

    id: str
    fingerprint: str


class ImportRecord(BaseModel):
    """One import: the case it added (and its fingerprint then), and the partners it added."""

    model_config = ConfigDict(extra="ignore")

    code: str = Field(pattern=CASE_CODE_PATTERN)
    source_code: str = ""
    imported: datetime = Field(default_factory=lambda: dates.now())
    fingerprint: str = ""
    partners: list[AddedPartner] = Field(default_factory=list)


class ImportLedger(BaseModel):
    """``imports.toml``: what each import added, so that it can be undone."""

    model_config = ConfigDict(extra="ignore")

    schema_version: int = SCHEMA_VERSION
    document: Literal["imports"] = "imports"
    imports: list[ImportRecord] = Field(default_factory=list)


@dataclass
class ImportResult:
    """What an import did: the new case, and how each partner of the file was resolved (organisation names)."""

    case: Case
    added: list[str] = field(default_factory=list)  # added to the network map, with only what the case needs
    matched: list[str] = field(default_factory=list)  # found on the network map, reused as they are
    author: str = ""  # the organisation "my organisation" in the file became ("" when the case does not name it)
    author_is_me: bool = False  # "my organisation" stayed the importer's own organisation


@dataclass
class UndoResult:
    """What an undo did: whether the case was there to remove, and the partners removed and kept (names)."""

    code: str
    case_removed: bool = False
    removed: list[str] = field(default_factory=list)
    kept_in_use: list[str] = field(default_factory=list)  # another case or answer refers to them
    kept_changed: list[str] = field(default_factory=list)  # changed on the network map since the import


def _name_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _fingerprint(data: object) -> str:
    text = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def case_fingerprint(case: Case) -> str:
    """A fingerprint of what a user can change in a case: description, status and answers."""
    return _fingerprint(case.model_dump(mode="json", include={"description", "status", "answers"}))


def partner_fingerprint(record: Record) -> str:
    return _fingerprint(record.model_dump(mode="json", include={"values"}))


def read_ledger(workspace: Workspace) -> ImportLedger:
    """The workspace's imports (none when there is no ledger, or it had to be set aside as damaged)."""
    return workspace._load(workspace.root / IMPORTS_FILE, ImportLedger, "imports") or ImportLedger()


def _write_ledger(workspace: Workspace, ledger: ImportLedger) -> None:
    path = workspace.root / IMPORTS_FILE
    if ledger.imports:
        workspace.write_bytes(path, dump_document(ledger))
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def import_case(
    workspace: Workspace,
    pack: Pack,
    exchange: CaseExchange,
    *,
    self_is_me: bool = False,
    unnamed_author: str = "?",
    today: date | None = None,
) -> ImportResult:
    """Add the case of ``exchange`` to ``workspace`` under a fresh code, never over an existing case.

    ``self`` in the case becomes the file's author organisation (named ``unnamed_author`` when the author typed
    none), unless ``self_is_me`` or the author's organisation has the importer's own organisation's name. The
    network map is saved first, then the ledger, then the case. Raises :class:`ExchangeError` (``pack_mismatch``)
    when the file answers another content pack, or over a limit, before anything is written; and
    :class:`~bouwsteen_tui.core.workspace.WorkspaceError` when a file cannot be written.
    """
    if exchange.pack_id != pack.id:
        raise ExchangeError("pack_mismatch", file_pack=exchange.pack_id, pack=pack.id)
    check_limits(exchange)
    day = today if today is not None else dates.today()
    taken = set(workspace.case_codes())
    code = new_case_code(taken)
    while workspace.case_path(code).exists():  # a file the index does not list: still never overwrite it
        taken.add(code)
        code = new_case_code(taken)
    case = draft_case(exchange, code, day)
    result = ImportResult(case)
    record = ImportRecord(code=code, source_code=exchange.source_code)
    records_question = pack.partner_records()
    step_id = network_step_id(pack)
    wanted = [case_values(pack, p) for p in exchange.partners]
    if names_self(pack, case) and not self_is_me and records_question is not None:
        title = records_question.title_field_id
        author = case_values(pack, exchange.author) if exchange.author is not None else Record(id="p-author")
        name = author.text(title).strip() or unnamed_author
        mine = own_organisation_of(workspace, pack)
        if mine and _name_key(mine) == _name_key(name):
            result.author, result.author_is_me = mine, True
        else:
            result.author = name
            author.values[title] = name
            wanted.append(author.model_copy(update={"id": SELF_PARTNER}))  # resolved below like any partner
    elif names_self(pack, case):
        result.author_is_me = True
    if records_question is not None and step_id is not None and wanted:
        network = workspace.load_sheet(step_id, pack.id) or Sheet(pack_id=pack.id, step_id=step_id)
        current = network.get(records_question)
        items = list(current.items) if isinstance(current, RecordsAnswer) else []
        title = records_question.title_field_id
        by_name = {_name_key(r.text(title)): r.id for r in items if r.text(title).strip()}
        ids = {r.id for r in items}
        mapping: dict[str, str] = {}
        for partner in wanted:
            name = partner.text(title)
            existing = by_name.get(_name_key(name)) if name.strip() else None
            if existing is not None:
                mapping[partner.id] = existing
                result.matched.append(name)
                continue
            new_id = partner.id
            while new_id in ids or new_id == SELF_PARTNER:
                new_id = new_record_id("p")
            ids.add(new_id)
            mapping[partner.id] = new_id
            added = Record(id=new_id, values=dict(partner.values), labels=partner.labels)
            items.append(added)
            record.partners.append(AddedPartner(id=new_id, fingerprint=partner_fingerprint(added)))
            if name.strip():
                by_name[_name_key(name)] = new_id
            result.added.append(name)
        case.answers = remap_partners(pack, case, mapping)
        if result.added:
            network.set(records_question.id, RecordsAnswer(items=items))
            workspace.save_sheet(network)
    record.fingerprint = case_fingerprint(case)
    ledger = read_ledger(workspace)
    ledger.imports.append(record)
    _write_ledger(workspace, ledger)
    workspace.save_case(case)
    return result


def imported_codes(workspace: Workspace) -> list[str]:
    """The codes of the cases added by an import that has not been undone, oldest first."""
    return [r.code for r in read_ledger(workspace).imports]


def partners_added_by_imports(workspace: Workspace) -> dict[str, str]:
    """Partner id → the code of the imported case whose import added it (for the app to say where a partner of
    the network map came from), for the imports not undone."""
    return {p.id: r.code for r in read_ledger(workspace).imports for p in r.partners}


def undo_import(workspace: Workspace, pack: Pack, code: str, *, force: bool = False) -> UndoResult:
    """Remove the case an import added under ``code``, and each partner it added that is unchanged and that no
    other case or answer refers to; forget the import.

    Raises :class:`ExchangeError`: ``not_imported`` when no import (still) has that code, ``case_changed`` when
    the case was changed since the import (unless ``force``); nothing is removed then.
    """
    ledger = read_ledger(workspace)
    entry = next((r for r in ledger.imports if r.code == code), None)
    if entry is None:
        raise ExchangeError("not_imported", code=code)
    case = workspace.load_case(code)
    if case is not None and not force and case_fingerprint(case) != entry.fingerprint:
        raise ExchangeError("case_changed", code=code)
    result = UndoResult(code)
    if case is not None:
        workspace.delete_case(code)
        result.case_removed = True
    records_question = pack.partner_records()
    step_id = network_step_id(pack)
    network = workspace.load_sheet(step_id) if step_id is not None else None
    if records_question is not None and network is not None and entry.partners:
        current = network.get(records_question)
        items = list(current.items) if isinstance(current, RecordsAnswer) else []
        used = _partners_in_use(workspace, pack)
        title = records_question.title_field_id
        added = {p.id: p.fingerprint for p in entry.partners}
        kept: list[Record] = []
        for item in items:
            name = item.text(title)
            if item.id not in added:
                kept.append(item)
            elif item.id in used:
                kept.append(item)
                result.kept_in_use.append(name)
            elif partner_fingerprint(item) != added[item.id]:
                kept.append(item)
                result.kept_changed.append(name)
            else:
                result.removed.append(name)
        if result.removed:
            network.set(records_question.id, RecordsAnswer(items=kept))
            workspace.save_sheet(network)
    ledger.imports = [r for r in ledger.imports if r.code != code]
    _write_ledger(workspace, ledger)
    return result


def _partners_in_use(workspace: Workspace, pack: Pack) -> set[str]:
    """Ids of the partners that a case or an answer of a profile or network step refers to."""
    used: set[str] = set()
    for case in workspace.iter_cases():
        used.update(referenced_partners(pack, case))
    for step in pack.steps:
        if step.scope is not Scope.CASE:
            sheet = workspace.load_sheet(step.id)
            if sheet is not None:
                used.update(referenced_partners(pack, sheet))
    return used
