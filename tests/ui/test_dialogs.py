"""Pilot tests: input dialogs never lose or silently drop what was typed, and never read it as markup.

The rule: Klaar refuses while a field holds input it would not keep or a required field is empty (naming the
field and going to it); Esc on an untouched dialog closes, on a touched one asks; a draft is saved while the
dialog is open and offered back later; a stored value that no longer fits its field is kept unless edited.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from textual.widgets import Checkbox, Input, Label, OptionList, RadioButton, Select, Static, TextArea

from bouwsteen_tui.app import BouwsteenApp
from bouwsteen_tui.core.answers import Record, RecordsAnswer, draft_key
from bouwsteen_tui.core.workspace import Workspace
from bouwsteen_tui.dialogs.confirm import ChoiceDialog, TextDialog
from bouwsteen_tui.dialogs.record import RecordDialog
from bouwsteen_tui.screens.home import HomeScreen
from bouwsteen_tui.screens.step import StepScreen
from bouwsteen_tui.widgets.records import RecordsQuestionWidget
from tests.ui.helpers import messages, until

SIZE = (100, 40)


def make_app(workspace: Path, content: Path | None = None, *, background: bool = False) -> BouwsteenApp:
    return BouwsteenApp(workspace, content=content, background_saves=background, preload=True)


def text_of(widget: Static) -> str:
    return str(widget.render())


def notes(app: BouwsteenApp) -> list[str]:
    return messages(app)


def saved_draft(drafts: dict[str, Any], question_id: str) -> dict[str, Any]:
    """The values of the draft kept for a new record of ``question_id`` (empty when there is none yet)."""
    draft = drafts.get(draft_key(question_id))
    return dict(draft.values) if draft is not None else {}


async def open_records(pilot, app: BouwsteenApp, question_id: str, case_code: str = "") -> RecordsQuestionWidget:
    """Open the step and part holding the records question ``question_id``."""
    step = next(s for s in app.pack.steps if any(q.id == question_id for p in s.parts for q in p.questions))
    part = next(i for i, p in enumerate(step.parts) if any(q.id == question_id for q in p.questions))
    app.open_step(step.id, part, case_code)
    await pilot.pause()
    assert isinstance(app.screen, StepScreen)
    return app.screen.query_one(f"#q-{question_id}", RecordsQuestionWidget)


async def add(pilot, app: BouwsteenApp, widget: RecordsQuestionWidget) -> RecordDialog:
    widget.query_one("#records", OptionList).focus()
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(app.screen, RecordDialog)
    return app.screen


def records(app: BouwsteenApp, document_screen: StepScreen, question_id: str) -> list[Record]:
    answer = document_screen.document.answers.get(question_id)
    return list(answer.items) if isinstance(answer, RecordsAnswer) else []


def pack_copy(source: Path, target: Path, replace: dict[str, str]) -> Path:
    """A copy of a test pack with some text of network.toml replaced (a trainer's edit)."""
    shutil.copytree(source, target)
    network = target / "network.toml"
    text = network.read_text("utf-8")
    for old, new in replace.items():
        assert old in text
        text = text.replace(old, new)
    network.write_text(text, "utf-8")
    return target


# --------------------------------------------------------------------------------------------- Klaar refuses


async def test_invalid_date_keeps_the_agreement_dialog_open(workspace_dir: Path) -> None:
    """Klaar with "8-1-27" as report-back date stores nothing and the dialog stays open."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        case = app.session.new_case("test")
        widget = await open_records(pilot, app, "agreements", case.code)
        dialog = await add(pilot, app, widget)
        await pilot.press(*"gesprek met moeder")
        dialog.query_one("#in-report_date", Input).value = "8-1-27"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog
        assert records(app, widget.screen, "agreements") == []


async def test_invalid_date_message_names_the_field_and_focus_goes_there(workspace_dir: Path) -> None:
    """The refusal names "Wanneer koppelen we terug?" and puts the cursor in that field."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        case = app.session.new_case("test")
        widget = await open_records(pilot, app, "agreements", case.code)
        dialog = await add(pilot, app, widget)
        await pilot.press(*"gesprek met moeder")
        dialog.query_one("#in-report_date", Input).value = "8-1-27"
        await pilot.click("#done")
        await pilot.pause()
        assert any("“Wanneer koppelen we terug?”" in n for n in notes(app))
        assert "geen geldige datum" in text_of(dialog.query_one("#err-report_date", Static))
        assert app.focused is dialog.query_one("#in-report_date", Input)


async def test_fixed_date_is_kept(workspace_dir: Path) -> None:
    """Once the date is corrected, Klaar keeps the agreement with the date."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        case = app.session.new_case("test")
        widget = await open_records(pilot, app, "agreements", case.code)
        dialog = await add(pilot, app, widget)
        await pilot.press(*"gesprek met moeder")
        dialog.query_one("#in-report_date", Input).value = "8-1-27"
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog.query_one("#in-report_date", Input).value = "08-01-2027"
        await pilot.press("ctrl+s")
        await pilot.pause()
        [record] = records(app, widget.screen, "agreements")
        assert record.date("report_date") is not None
        assert record.date("report_date").isoformat() == "2027-01-08"


async def test_empty_required_field_is_refused(workspace_dir: Path, every_kind_pack: Path) -> None:
    """A partner without "Organisatie *" is not kept; the message names it and focus goes to it."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        widget = await open_records(pilot, app, "partners")
        dialog = await add(pilot, app, widget)
        dialog.query_one("#in-email", Input).value = "info@caw.be"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog
        assert any("“Organisatie”" in n for n in notes(app))
        assert app.focused is dialog.query_one("#in-organisation", Input)
        assert records(app, widget.screen, "partners") == []


async def test_agreement_with_only_a_date_is_refused(workspace_dir: Path) -> None:
    """An agreement needs "Wat spreken we af?": a date alone is not kept."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        case = app.session.new_case("test")
        widget = await open_records(pilot, app, "agreements", case.code)
        dialog = await add(pilot, app, widget)
        dialog.query_one("#in-report_date", Input).value = "20-01-2027"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog
        assert any("“Wat spreken we af?”" in n for n in notes(app))
        assert records(app, widget.screen, "agreements") == []


async def test_title_field_is_required_when_the_pack_marks_none(workspace_dir: Path, every_kind_pack: Path) -> None:
    """In a record without required fields, the field that names it in lists must be filled in."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        case = app.session.new_case("test")
        widget = await open_records(pilot, app, "ideas", case.code)
        dialog = await add(pilot, app, widget)
        dialog.query_one("#in-chosen", Checkbox).value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog
        assert any("“Idee”" in n for n in notes(app))


# --------------------------------------------------------------------------------------------- Esc and Annuleren


async def test_escape_on_an_untouched_new_record_discards_it(workspace_dir: Path, every_kind_pack: Path) -> None:
    """Esc right after opening a new record closes without asking and adds nothing."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        widget = await open_records(pilot, app, "partners")
        await add(pilot, app, widget)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is widget.screen
        assert records(app, widget.screen, "partners") == []


async def test_escape_after_typing_asks(workspace_dir: Path, every_kind_pack: Path) -> None:
    """Esc after typing asks keep, discard or continue; "continue" returns to the dialog as it was."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        widget = await open_records(pilot, app, "partners")
        dialog = await add(pilot, app, widget)
        await pilot.press(*"CAW")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.click("#choice-back")
        await pilot.pause()
        assert app.screen is dialog
        assert dialog.query_one("#in-organisation", Input).value == "CAW"


async def test_discard_after_escape_stores_nothing(workspace_dir: Path, every_kind_pack: Path) -> None:
    """Choosing "discard" closes the dialog without adding the record."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        widget = await open_records(pilot, app, "partners")
        await add(pilot, app, widget)
        await pilot.press(*"CAW")
        await pilot.click("#cancel")  # Annuleren asks too
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.click("#choice-discard")
        await pilot.pause()
        assert app.screen is widget.screen
        assert records(app, widget.screen, "partners") == []


async def test_keep_after_escape_is_refused_like_klaar(workspace_dir: Path) -> None:
    """"Keep" with an invalid date goes back to the dialog with the message instead of dropping the date."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        case = app.session.new_case("test")
        widget = await open_records(pilot, app, "agreements", case.code)
        dialog = await add(pilot, app, widget)
        await pilot.press(*"gesprek")
        dialog.query_one("#in-report_date", Input).value = "8-1-27"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#choice-keep")
        await pilot.pause()
        assert app.screen is dialog
        assert app.focused is dialog.query_one("#in-report_date", Input)
        assert records(app, widget.screen, "agreements") == []


# --------------------------------------------------------------------------------------------- e-mail and phone


async def test_unlikely_email_and_phone_warn_and_are_kept(workspace_dir: Path, every_kind_pack: Path) -> None:
    """"karim at caw" and "abc" get a warning under their field; Klaar keeps them as typed."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        widget = await open_records(pilot, app, "partners")
        dialog = await add(pilot, app, widget)
        await pilot.press(*"CAW")
        dialog.query_one("#in-email", Input).value = "karim at caw"
        dialog.query_one("#in-phone", Input).value = "abc"
        await pilot.pause()
        assert "geen e-mailadres" in text_of(dialog.query_one("#warn-email", Static))
        assert "geen telefoonnummer" in text_of(dialog.query_one("#warn-phone", Static))
        await pilot.press("ctrl+s")
        await pilot.pause()
        [record] = records(app, widget.screen, "partners")
        assert (record.text("email"), record.text("phone")) == ("karim at caw", "abc")


async def test_plausible_email_and_phone_get_no_warning(workspace_dir: Path, every_kind_pack: Path) -> None:
    """A real-looking address and number show no warning."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        widget = await open_records(pilot, app, "partners")
        dialog = await add(pilot, app, widget)
        dialog.query_one("#in-email", Input).value = "karim@caw.be"
        dialog.query_one("#in-phone", Input).value = "+32 470 12 34 56"
        await pilot.pause()
        assert text_of(dialog.query_one("#warn-email", Static)) == ""
        assert text_of(dialog.query_one("#warn-phone", Static)) == ""


# --------------------------------------------------------------------------------------------- drafts


async def test_draft_reaches_the_disk_while_the_dialog_is_open(workspace_dir: Path, every_kind_pack: Path) -> None:
    """With the real background saver, what is typed in an open dialog reaches the network file while the dialog
    stays open (how soon: the autosave timer's own tests, on a fake clock)."""
    app = make_app(workspace_dir, every_kind_pack, background=True)
    async with app.run_test(size=SIZE) as pilot:
        widget = await open_records(pilot, app, "partners")
        dialog = await add(pilot, app, widget)
        await pilot.press(*"CAW")
        dialog.query_one("#in-email", Input).value = "karim at caw"

        def on_disk() -> tuple[object, object] | None:
            sheet = Workspace(workspace_dir).load_sheet("network")
            draft = sheet.drafts.get(draft_key("partners")) if sheet is not None else None
            return (draft.values.get("organisation"), draft.values.get("email")) if draft is not None else None

        await until(pilot, lambda: on_disk() == ("CAW", "karim at caw"))
        assert app.screen is dialog


async def test_draft_is_offered_back_after_a_restart(workspace_dir: Path, every_kind_pack: Path) -> None:
    """A dialog left open when the app stopped comes back with its text, invalid date included."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        case = app.session.new_case("test")
        code = case.code
        widget = await open_records(pilot, app, "agreements", code)
        dialog = await add(pilot, app, widget)
        await pilot.press(*"gesprek")
        dialog.query_one("#in-report_date", Input).value = "8-1-27"
        await until(pilot, lambda: saved_draft(app.session.case(code).drafts, "agreements").get("report_date")
                    == "8-1-27")  # the autosave ran after the last change
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        widget = await open_records(pilot, app, "agreements", code)
        assert "Niet afgewerkt" in text_of(widget.query_one("#draft-note", Static))
        widget.query_one("#records", OptionList).focus()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.click("#choice-continue")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RecordDialog)
        assert dialog.query_one("#in-what", TextArea).text == "gesprek"
        assert dialog.query_one("#in-report_date", Input).value == "8-1-27"


async def test_klaar_removes_the_draft(workspace_dir: Path, every_kind_pack: Path) -> None:
    """Once the record is kept, its draft is gone from the document and the file."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        widget = await open_records(pilot, app, "partners")
        await add(pilot, app, widget)
        await pilot.press(*"CAW")
        await until(pilot, lambda: saved_draft(widget.screen.document.drafts, "partners").get("organisation")
                    == "CAW")  # the autosave ran after the last key
        assert draft_key("partners") in widget.screen.document.drafts
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert widget.screen.document.drafts == {}
    sheet = Workspace(workspace_dir).load_sheet("network")
    assert sheet is not None
    assert sheet.drafts == {}
    assert [r.text("organisation") for r in sheet.answers["partners"].items] == ["CAW"]  # type: ignore[union-attr]


async def test_new_case_description_is_offered_back(workspace_dir: Path) -> None:
    """A description typed into the new-case dialog before the app stopped is offered when "n" is pressed."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, TextDialog)
        await pilot.press(*"leerling 3e leerjaar")
        await until(pilot, lambda: getattr(app.session.settings.case_draft, "text", None)
                    == "leerling 3e leerjaar")  # the autosave ran after the last key
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("nieuwe casus aan het beschrijven" in n for n in notes(app))
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.click("#choice-continue")
        await pilot.pause()
        assert isinstance(app.screen, TextDialog)
        assert app.screen.query_one(Input).value == "leerling 3e leerjaar"


async def test_a_description_being_edited_survives_and_is_offered_back(workspace_dir: Path) -> None:
    """Editing a case's short description (r on the home screen): what was typed is saved in the case file while
    the dialog is open, and offered back the next time (it used to be lost on a signal or a crash)."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        case = app.session.new_case("leerling")
        home = app.screen
        assert isinstance(home, HomeScreen)
        home.refresh_all()
        await pilot.pause()
        home.action_describe_case()
        await until(pilot, lambda: isinstance(app.screen, TextDialog))
        await pilot.press("end", *" 4e leerjaar")
        await until(pilot, lambda: (d := app.session.description_draft(case.code)) is not None
                    and d.values.get("description") == "leerling 4e leerjaar")
    stored_case = Workspace(workspace_dir).load_case(case.code)
    assert stored_case is not None and stored_case.description == "leerling"  # not changed until Klaar
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        home.action_describe_case()
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.click("#choice-continue")
        await until(pilot, lambda: isinstance(app.screen, TextDialog))
        assert app.screen.query_one(Input).value == "leerling 4e leerjaar"
        await pilot.press("enter")
        await until(pilot, lambda: app.session.summary(case.code).description == "leerling 4e leerjaar")
        assert app.session.description_draft(case.code) is None


# --------------------------------------------------------------------------------------------- new case


async def test_new_case_without_description_is_refused(workspace_dir: Path) -> None:
    """Enter on an empty description keeps the dialog open with a message; no case is made."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, TextDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        assert "korte beschrijving" in text_of(dialog.query_one("#error", Static))
        assert app.session.cases() == []


async def test_escape_on_untouched_new_case_closes(workspace_dir: Path) -> None:
    """Esc on an empty new-case dialog closes it without asking."""
    app = make_app(workspace_dir)
    async with app.run_test(size=SIZE) as pilot:
        home = app.screen
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is home


# ------------------------------------------------------------------------------- values that no longer fit


async def test_value_of_a_changed_kind_is_kept_on_escape(workspace_dir: Path, every_kind_pack: Path,
                                                         tmp_path: Path) -> None:
    """A trainer turned "Relatie" from a scale into yes/no: Esc leaves the stored "strong" untouched."""
    pack = pack_copy(every_kind_pack, tmp_path / "pack", {
        '{ id = "strength", kind = "scale", label = "Relatie", options = [{ id = "weak", label = "zwak" }, '
        '{ id = "strong", label = "sterk" }] }': '{ id = "strength", kind = "yesno", label = "Relatie" }',
    })
    app = make_app(workspace_dir, pack)
    async with app.run_test(size=SIZE) as pilot:
        sheet = app.session.sheet("network")
        sheet.set("partners", RecordsAnswer(items=[Record(id="p-0001", values={"organisation": "CAW",
                                                                                "strength": "strong"})]))
        widget = await open_records(pilot, app, "partners")
        widget.query_one("#records", OptionList).focus()
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RecordDialog)
        assert "Eerder: strong — past niet meer bij deze vraag" in text_of(dialog.query_one("#stale-strength",
                                                                                            Static))
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is widget.screen
        assert sheet.answers["partners"].items[0].values["strength"] == "strong"  # type: ignore[union-attr]


async def test_value_of_a_changed_kind_is_kept_by_klaar(workspace_dir: Path, every_kind_pack: Path,
                                                        tmp_path: Path) -> None:
    """Klaar after editing another field keeps the old value of the field that no longer fits."""
    pack = pack_copy(every_kind_pack, tmp_path / "pack", {
        '{ id = "strength", kind = "scale", label = "Relatie", options = [{ id = "weak", label = "zwak" }, '
        '{ id = "strong", label = "sterk" }] }': '{ id = "strength", kind = "yesno", label = "Relatie" }',
    })
    app = make_app(workspace_dir, pack)
    async with app.run_test(size=SIZE) as pilot:
        sheet = app.session.sheet("network")
        sheet.set("partners", RecordsAnswer(items=[Record(id="p-0001", values={"organisation": "CAW",
                                                                                "strength": "strong"})]))
        widget = await open_records(pilot, app, "partners")
        widget.query_one("#records", OptionList).focus()
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RecordDialog)
        dialog.query_one("#in-email", Input).value = "info@caw.be"
        await pilot.press("ctrl+s")
        await pilot.pause()
    sheet = Workspace(workspace_dir).load_sheet("network")
    assert sheet is not None
    values = sheet.answers["partners"].items[0].values  # type: ignore[union-attr]
    assert (values["strength"], values["email"]) == ("strong", "info@caw.be")


async def test_removed_option_is_replaced_only_when_edited(workspace_dir: Path, every_kind_pack: Path,
                                                           tmp_path: Path) -> None:
    """An option id the pack no longer has is replaced once the user picks a new option."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        sheet = app.session.sheet("network")
        sheet.set("partners", RecordsAnswer(items=[Record(id="p-0001", values={"organisation": "CAW",
                                                                                "strength": "very_strong"})]))
        widget = await open_records(pilot, app, "partners")
        widget.query_one("#records", OptionList).focus()
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RecordDialog)
        assert "Eerder: very_strong" in text_of(dialog.query_one("#stale-strength", Static))
        buttons = list(dialog.query("#in-strength RadioButton").results(RadioButton))
        buttons[0].value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert sheet.answers["partners"].items[0].values["strength"] == "weak"  # type: ignore[union-attr]


# --------------------------------------------------------------------------------------------- markup


MARKUP = ("bel school [/] ouders", "[regio Noord]", "[b]vet")


async def test_user_text_in_the_records_list_is_not_markup(workspace_dir: Path, every_kind_pack: Path) -> None:
    """Record titles with square brackets are listed literally."""
    app = make_app(workspace_dir, every_kind_pack)
    async with app.run_test(size=SIZE) as pilot:
        sheet = app.session.sheet("network")
        sheet.set("partners", RecordsAnswer(items=[Record(values={"organisation": text}) for text in MARKUP]))
        widget = await open_records(pilot, app, "partners")
        option_list = widget.query_one("#records", OptionList)
        prompts = [option_list.get_option_at_index(i).prompt for i in range(option_list.option_count)]
        shown = [getattr(p, "plain", str(p)) for p in prompts]
        assert shown == [f"{n}. {text}" for n, text in enumerate(MARKUP, 1)]


async def test_pack_text_in_the_dialog_is_not_markup(workspace_dir: Path, every_kind_pack: Path,
                                                     tmp_path: Path) -> None:
    """Field labels, option labels and the item name with square brackets are shown literally."""
    pack = pack_copy(every_kind_pack, tmp_path / "pack", {
        'label = "Soort"': 'label = "[b]Soort"',
        '{ id = "school", label = "school" }': '{ id = "school", label = "[regio Noord]" }',
        '{ id = "weak", label = "zwak" }': '{ id = "weak", label = "zwak [/] matig" }',
        'item_label = "partner"': 'item_label = "[i]partner"',
    })
    app = make_app(workspace_dir, pack)
    async with app.run_test(size=SIZE) as pilot:
        widget = await open_records(pilot, app, "partners")
        dialog = await add(pilot, app, widget)
        assert "[i]partner" in str(dialog.query_one("#title", Label).render())
        labels = [str(label.render()) for label in dialog.query(".f-label").results(Label)]
        assert "[b]Soort" in labels
        select = dialog.query_one("#in-type", Select)
        shown = [option.prompt for option in select.query_one(OptionList).options]  # the drop-down's list
        assert "[regio Noord]" in [getattr(prompt, "plain", str(prompt)) for prompt in shown]
        radio = dialog.query("#in-strength RadioButton").results(RadioButton)
        assert "zwak [/] matig" in [button.label.plain for button in radio]
