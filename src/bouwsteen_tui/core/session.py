"""A working session: the content pack, the workspace and the documents loaded from it.

The interface reads and changes answers through a :class:`Session`; it never touches files itself. Saves go
through a :class:`~bouwsteen_tui.core.saver.BackgroundSaver` when one is given (the app), or straight to disk
(tests, CLI).

Part of the core: imports neither textual nor rich.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from bouwsteen_tui.core import dates
from bouwsteen_tui.core.answers import (
    DESCRIPTION_DRAFT,
    AnswerSet,
    Case,
    CaseStatus,
    CaseSummary,
    Position,
    Record,
    RecordDraft,
    RecordsAnswer,
    Settings,
    Sheet,
    TextAnswer,
    TextDraft,
    draft_key,
    new_case_code,
    new_record_id,
    partners_of,
    summarize,
)
from bouwsteen_tui.core.content import Pack, Scope, Step
from bouwsteen_tui.core.documents import WorkspaceProblem
from bouwsteen_tui.core.files import atomic_write, make_dir
from bouwsteen_tui.core.packs import (
    OtherPack,
    count_other_packs,
    read_pack_folders,
    remember_pack_folder,
    split_by_pack,
)
from bouwsteen_tui.core.saver import BackgroundSaver
from bouwsteen_tui.core.workspace import Workspace, WorkspaceError


class Session:
    """Holds what the user is working on and saves every change."""

    def __init__(
        self,
        pack: Pack,
        workspace: Workspace,
        *,
        background: bool = False,
        on_save_error: Callable[[Path, Exception], None] | None = None,
        content_dir: Path | None = None,
        index: dict[str, CaseSummary] | None = None,
    ) -> None:
        """``content_dir``: a trainer's pack's folder, remembered (:func:`.packs.remember_pack_folder`) so that another
        pack can say how to open it; ``index``: the case index read already (checked against the case files)."""
        self.pack = pack
        self.workspace = workspace
        self.settings: Settings = workspace.load_settings()
        self._sheets: dict[str, Sheet] = {}
        self._cases: dict[str, Case] = {}
        self._on_save_error = on_save_error
        self.last_error: str = ""
        self._failed: dict[Path, bytes] = {}  # without a background saver: snapshots whose write failed
        self._saver: BackgroundSaver | None = (
            BackgroundSaver(workspace.write_bytes, on_error=self._report) if background else None
        )
        for step in pack.steps:
            if step.scope is not Scope.CASE:
                sheet = workspace.load_sheet(step.id, pack.id)  # another pack's sheet is neither shown nor saved over
                if sheet is not None:
                    self._sheets[step.id] = sheet
        # cases load lazily: the home screen needs only their summaries, kept in the workspace index; only this
        # pack's cases are listed, opened and changed, the other packs' are counted (core/packs.py)
        mine, others = split_by_pack(workspace.case_summaries(pack, index), pack.id)
        self._summaries: dict[str, CaseSummary] = {c.code: c for c in mine}
        self._other_cases = others
        remember_pack_folder(workspace, pack.id, content_dir)
        self._pack_folders = read_pack_folders(workspace) if others else {}

    # ----------------------------------------------------------------------------------- documents

    @property
    def problems(self) -> list[WorkspaceProblem]:
        return self.workspace.problems

    def sheet(self, step_id: str) -> Sheet:
        """The sheet of a profile or network step, created empty on first use."""
        sheet = self._sheets.get(step_id)
        if sheet is None:
            sheet = Sheet(pack_id=self.pack.id, step_id=step_id)
            self._sheets[step_id] = sheet
        return sheet

    def has_sheet(self, step_id: str) -> bool:
        return step_id in self._sheets

    def cases(self) -> list[CaseSummary]:
        """Summaries of this pack's cases: open ones first, then by code."""
        return sorted(self._summaries.values(), key=lambda c: (c.status is CaseStatus.CLOSED, c.code))

    def case(self, code: str) -> Case:
        """A case with all its answers, read from disk on first use; ``KeyError`` if it cannot be read."""
        case = self._cases.get(code)
        if case is None:
            if code not in self._summaries:
                raise KeyError(code)
            loaded = self.workspace.load_case(code)
            if loaded is None:
                self._summaries.pop(code, None)
                raise KeyError(code)
            case = self._cases[code] = loaded
        return case

    def other_packs(self, today: date | None = None) -> list[OtherPack]:
        """The cases of other packs in the workspace, counted per pack, with the folder each was opened from."""
        return count_other_packs(self._other_cases, today or dates.today(), self._pack_folders)

    def summary(self, code: str) -> CaseSummary:
        return self._summaries[code]

    def has_case(self, code: str) -> bool:
        return code in self._summaries

    def document(self, step: Step, case_code: str = "") -> AnswerSet:
        """Where the answers to ``step`` live: a sheet, or the case ``case_code``."""
        if step.scope is Scope.CASE:
            return self.case(case_code)
        return self.sheet(step.id)

    def network_sheet(self) -> Sheet | None:
        """The sheet holding the network's partners, if the pack has them."""
        step = self.pack.step_for_role("partners")
        return self.sheet(step.id) if step is not None else None

    def partners(self) -> list[Record]:
        return partners_of(self.pack, self.network_sheet())

    def partner_name(self, partner_id: str) -> str:
        source = self.pack.partner_records()
        for record in self.partners():
            if record.id == partner_id and source is not None:
                return record.text(source.title_field_id)
        return ""

    def own_organisation(self) -> str:
        """The user's organisation as typed (the question with role ``own_organisation``), if any."""
        question = self.pack.question_for_role("own_organisation")
        if question is None:
            return ""
        step = self.pack.step_of(question.id)
        answer = self._sheets[step.id].answers.get(question.id) if step.id in self._sheets else None
        return answer.text.strip() if isinstance(answer, TextAnswer) else ""

    def add_partner(self, record: Record) -> None:
        """Add a partner to the network map (from a case's partner picker) and save the network."""
        source = self.pack.partner_records()
        sheet = self.network_sheet()
        if source is None or sheet is None:
            raise WorkspaceError("this content pack has no network map to add partners to")
        answer = sheet.get(source)
        assert isinstance(answer, RecordsAnswer)
        if not record.id.startswith("p-"):
            record = Record(id=new_record_id("p"), values=record.values)
        answer.items.append(record)
        sheet.set(source.id, answer)
        self.save(sheet)

    # ----------------------------------------------------------------------------------- cases

    def new_case(self, description: str, today: date | None = None) -> Case:
        code = new_case_code(set(self._summaries) | set(self.workspace.case_codes()))
        case = Case(pack_id=self.pack.id, code=code, description=description.strip())
        if today is not None:
            case.created = today
        self._cases[code] = case
        self._summaries[code] = summarize(case, pack=self.pack)
        self.save(case)
        return case

    def set_case_status(self, code: str, status: CaseStatus, today: date | None = None) -> None:
        case = self.case(code)
        case.status = status
        case.closed_on = (today or dates.today()) if status is CaseStatus.CLOSED else None
        self.save(case)

    def describe_case(self, code: str, description: str) -> None:
        case = self.case(code)
        case.description = description.strip()
        self.save(case)

    def keep_case_until(self, code: str, keep_until: date) -> None:
        """Set how long the case's notes are kept (retention)."""
        case = self.case(code)
        case.keep_until = keep_until
        self.save(case)

    def delete_case(self, code: str) -> None:
        """Delete one of this pack's cases (``KeyError`` for a case of another pack: never deleted from here)."""
        if code not in self._summaries:
            raise KeyError(code)
        self.flush()
        self.workspace.delete_case(code)
        self._cases.pop(code, None)
        self._summaries.pop(code, None)
        if self.settings.position.case_code == code:
            self.settings.position = Position()
            self.save(self.settings)

    def reload_after_import(self, *, added: str = "", removed: str = "", folder: Path | None = None) -> None:
        """An import or its undo (:mod:`.case_import`) wrote the workspace itself: read the network map again, list
        the case it ``added`` or forget the one it ``removed``, and remember the ``folder`` the file came from."""
        from bouwsteen_tui.core.exchange import network_step_id

        step_id = network_step_id(self.pack)
        if step_id is not None:
            sheet = self.workspace.load_sheet(step_id, self.pack.id)  # as on loading: this pack's only
            if sheet is not None:
                self._sheets[step_id] = sheet
            else:
                self._sheets.pop(step_id, None)
        if added and (case := self.workspace.load_case(added)) is not None:
            self._cases[added] = case
            self._summaries[added] = summarize(case, pack=self.pack)
        if removed:
            self._cases.pop(removed, None)
            self._summaries.pop(removed, None)
            if self.settings.position.case_code == removed:
                self.settings.position = Position()
        if folder is not None:
            self.settings.import_folder = str(folder)
        if removed or folder is not None:
            self.save(self.settings)

    # ----------------------------------------------------------------------------------- saving

    def save(self, document: Sheet | Case | Settings) -> None:
        """Save ``document``: queued to the background writer, or written now."""
        if self.workspace.read_only:
            return
        if isinstance(document, Case):
            # file stats follow when the index is written
            self._summaries[document.code] = summarize(document, pack=self.pack)
        if self._saver is not None:
            self._saver.submit(*self.workspace.snapshot(document))
            return
        path, data = self.workspace.encode(document)
        try:
            self.workspace.write_bytes(path, data)
        except WorkspaceError as error:
            self._failed[path] = data
            self._report(path, error)
        else:
            self._failed.pop(path, None)

    def _report(self, path: Path, error: Exception) -> None:
        self.last_error = str(error)
        if self._on_save_error is not None:
            self._on_save_error(path, error)

    def keep_draft(self, document: Sheet | Case, draft: RecordDraft) -> None:
        """Store the draft of an open record dialog in the document that owns the record, and save it."""
        document.drafts[draft_key(draft.question_id, draft.record_id)] = draft
        self.save(document)

    def drop_draft(self, document: Sheet | Case, question_id: str, record_id: str = "") -> None:
        """Remove a record's draft (the dialog closed); saves only when there was one."""
        if document.drafts.pop(draft_key(question_id, record_id), None) is not None:
            self.save(document)

    def description_draft(self, code: str) -> RecordDraft | None:
        """The short description being edited when the app stopped (kept in the case file itself)."""
        return self.case(code).drafts.get(DESCRIPTION_DRAFT)

    def keep_description_draft(self, code: str, text: str | None) -> None:
        """Remember (or with ``None`` forget) a case's short description as typed into its dialog."""
        case = self.case(code)
        if text is None:
            if case.drafts.pop(DESCRIPTION_DRAFT, None) is not None:
                self.save(case)
            return
        case.drafts[DESCRIPTION_DRAFT] = RecordDraft(question_id=DESCRIPTION_DRAFT, values={"description": text})
        self.save(case)

    def keep_case_draft(self, text: str | None) -> None:
        """Remember (or with ``None`` forget) the description typed into the new-case dialog."""
        if text is None and self.settings.case_draft is None:
            return
        self.settings.case_draft = None if text is None else TextDraft(text=text)
        self.save(self.settings)

    def remember_position(self, step_id: str, part_index: int, case_code: str = "") -> None:
        self.settings.position = Position(step_id=step_id, part_index=part_index, case_code=case_code)
        self.save(self.settings)

    def resume_point(self) -> tuple[Step, Position] | None:
        """Where to resume: the step the user was in (looked up in the current pack) and the position remembered,
        its part within the step's parts (a pack may have changed); ``None`` when there is none, the pack has no
        such step, or the case it was about is gone."""
        position = self.settings.position
        step = next((s for s in self.pack.steps if s.id == position.step_id), None)
        if step is None or (step.scope is Scope.CASE and not self.has_case(position.case_code)):
            return None
        part_index = max(0, min(position.part_index, len(step.parts) - 1))
        return step, position.model_copy(update={"part_index": part_index})

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.save(self.settings)

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        self.save(self.settings)

    def remember_export(self, folder: Path, formats: list[str]) -> None:
        """The folder and formats of an export that succeeded: the export dialog offers them next time. A
        read-only window remembers nothing (another window owns the settings)."""
        if self.workspace.read_only:
            return
        self.settings.export_folder = str(folder)
        self.settings.export_formats = list(formats)
        self.save(self.settings)

    def unsaved(self) -> dict[Path, bytes]:
        """Documents whose newest version could not be written (full disk, permissions …): path → contents."""
        if self._saver is not None:
            return self._saver.failed()
        return dict(self._failed)

    def retry_saves(self) -> bool:
        """Try the failed writes again and wait for them; ``True`` when nothing is left unsaved."""
        if self._saver is not None:
            self._saver.retry()
            self._saver.flush()
        else:
            for path, data in list(self._failed.items()):
                try:
                    self.workspace.write_bytes(path, data)
                except WorkspaceError as error:
                    self._report(path, error)
                else:
                    del self._failed[path]
        return not self.unsaved()

    def write_rescue_copy(self, folder: Path, now: datetime | None = None, prefix: str = "bouwsteen-rescue") -> Path:
        """Write every unsaved document into a new folder under ``folder``; returns that folder.

        The copies are the same TOML files the workspace would hold, at the same relative paths, readable by the
        user only. Raises ``OSError`` when they cannot be written either.
        """
        unsaved = self.unsaved()
        stamp = (now or dates.now().astimezone()).strftime("%Y%m%d-%H%M%S")
        target = Path(folder).expanduser() / f"{prefix}-{stamp}"
        counter = 1
        while target.exists():
            counter += 1
            target = Path(folder).expanduser() / f"{prefix}-{stamp}-{counter}"
        make_dir(target)
        for path, data in unsaved.items():
            try:
                relative = path.relative_to(self.workspace.root)
            except ValueError:
                relative = Path(path.name)
            make_dir(target / relative.parent)
            atomic_write(target / relative, data)
        return target

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every change is on disk."""
        return self._saver.flush(timeout) if self._saver is not None else True

    def stop_saving(self) -> None:
        """Write what is pending and stop the background writer, leaving the workspace (and its lock) open."""
        if self._saver is not None:
            self._saver.close()
            self._saver = None

    def close(self) -> None:
        """Write what is pending, refresh the index for the cases changed in this session, release the lock."""
        if self._saver is not None:
            self._saver.close()
        if not self.workspace.read_only and self._cases:
            for code, case in self._cases.items():
                try:
                    mtime_ns, size = self.workspace.stat_case(code)
                except OSError:
                    continue
                self._summaries[code] = summarize(case, mtime_ns, size, self.pack)
            summaries = [*self._summaries.values(), *self._other_cases]
            self.workspace.save_index(sorted(summaries, key=lambda c: c.code))
        self.workspace.close()
