"""Plain mode answers every question kind, re-asks a wrong answer with a message, and saves each answer at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bouwsteen_tui.core.answers import (
    ChecklistAnswer,
    ChoiceAnswer,
    DateAnswer,
    RecordsAnswer,
    ScaleAnswer,
    TextAnswer,
)
from bouwsteen_tui.i18n.ui import MESSAGES
from tests.plain.helpers import dialogue, sheet

# The every-kind pack: 1 profile (texts, choices, others), 2 case, 3 network; the main menu has 3 steps, then
# 4 cases, 5 review, 6 export, 7 help, 8 stop.
PROFILE = ["1", ""]  # step 1, from its first part


def test_every_kind_of_question_is_answered_and_saved(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, [
        *PROFILE,
        "Eerste regel", "tweede regel", ".",  # long text, several lines
        "Mijn school",  # short text
        "1, 3 + huisbezoek", "2",  # several choices with an own answer, then the main one
        "2",  # one choice
        "15-01-2027",  # date
        "3",  # scale
        "2",  # a checklist question
        "1,2",  # the step's own checklist
        "8",  # stop (main menu)
    ])
    assert run.code == 0
    saved = sheet(workspace_dir, "profile")
    assert saved.answers["long_text"] == TextAnswer(text="Eerste regel\ntweede regel")
    assert saved.answers["short_text"] == TextAnswer(text="Mijn school")
    many = saved.answers["many"]
    assert isinstance(many, ChoiceAnswer)
    assert (many.selected, many.other, many.primary) == (["a", "c"], ["huisbezoek"], "c")
    one = saved.answers["one"]
    assert isinstance(one, ChoiceAnswer) and one.selected == ["y"]
    assert saved.answers["when"] == DateAnswer(value=date(2027, 1, 15))
    scale = saved.answers["how_much"]
    assert isinstance(scale, ScaleAnswer) and scale.value == "high"
    tick = saved.answers["tick"]
    assert isinstance(tick, ChecklistAnswer) and tick.checked == ["q"]
    checklist = saved.answers["profile_checklist"]
    assert isinstance(checklist, ChecklistAnswer) and checklist.checked == ["one", "two"]
    assert "Dat was de laatste vraag van stap 1." in run.lines
    assert run.lines[-1] == "Alles is bewaard. Tot ziens."


def test_each_prompt_says_where_it_is_and_what_it_expects(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, [*PROFILE, "", "", "", "", "", "", "", "stoppen"])
    lines = run.lines
    assert "Vraag 1 van 7, deel 1: Lange tekst" in lines
    assert "Vraag 3 van 7, deel 2: Meerdere keuzes" in lines
    text = run.output
    assert "sluit af met een regel met enkel een punt" in text
    assert "Kies een nummer; een lege regel houdt het huidige antwoord." in text
    assert "Nummers gescheiden door komma's" in text
    assert "Datum als dd-mm-jjjj" in text
    assert "Kies een nummer op de schaal" in text
    assert "Typ hulp voor uitleg." in text  # the long text has help


def test_a_wrong_answer_is_asked_again_with_a_clear_message(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, [
        *PROFILE, "", "",  # two texts kept as they are (empty)
        "9",  # no option 9
        "1",  # then A only (one option: no main one asked)
        "1,2",  # one choice: two numbers refused
        "1",
        "31-02-2027",  # no such date
        "28-02-2027",
        "stoppen",
    ])
    assert "9 is geen nummer uit de lijst. Kies van 1 tot 3." in run.lines
    assert "Kies één nummer, van 1 tot 2." in run.lines
    assert MESSAGES["date.invalid"][0] in run.lines  # the app's own message
    saved = sheet(workspace_dir, "profile")
    assert saved.answers["when"] == DateAnswer(value=date(2027, 2, 28))
    many = saved.answers["many"]
    assert isinstance(many, ChoiceAnswer) and many.selected == ["a"]


def test_back_skip_help_and_clear(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, [
        *PROFILE,
        "hulp",  # the question's help, and the words
        "Iets", ".",
        "overslaan",  # short text: skipped
        "terug",  # back to the short text
        "terug",  # back to the long text
        "wissen",  # its answer emptied
        "stoppen",
    ])
    assert "Hulp bij lange tekst." in run.lines
    assert any(line.startswith("Woorden: terug (vorige vraag), overslaan (volgende vraag)") for line in run.lines)
    assert run.output.count("Vraag 1 van 7, deel 1: Lange tekst") == 2
    assert "Huidig antwoord:" in run.lines  # the long text, asked again, says what it holds
    assert sheet(workspace_dir, "profile").answers["long_text"] == TextAnswer(text="")


def test_english_interface_takes_english_words(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, [*PROFILE, "help", "skip", "Our school", "back", "", "stop"], language="en")
    assert "Question 2 of 7, part 1: Korte tekst" in run.lines
    assert any(line.startswith("Words: back (previous question), skip (next question)") for line in run.lines)
    assert run.lines[-1] == "Everything is saved. Goodbye."
    assert sheet(workspace_dir, "profile").answers["short_text"] == TextAnswer(text="Our school")


def test_records_are_added_edited_and_deleted(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, [
        "3", "",  # the network step
        "toevoegen",
        "",  # organisation left empty: it is required
        "1", "", "", "", "", "",  # type, then e-mail, phone, notes, expertise, relation: kept empty
        "CLB Noord",  # asked again: the required field, and only that one
        "toevoegen", "Huis van het Kind", "", "info@huis.be", "050 12 34 56", "Notities", ".", "1, 2", "2",
        "bewerken 1", "CLB Zuid", "", "", "", "", "", "",
        "verwijderen 2", "ja",
        "verwijderen 1", "nee",
        "",  # next question: the checklist
        "stoppen",
    ])
    assert "Vul nog in: Organisatie." in run.lines
    assert "Nummer 2 is verwijderd en bewaard." in run.lines
    partners = sheet(workspace_dir, "network").answers["partners"]
    assert isinstance(partners, RecordsAnswer)
    assert [r.values for r in partners.items] == [{"organisation": "CLB Zuid", "type": "school"}]
    assert "Nummer 1 (CLB Zuid) verwijderen?" in run.lines


def test_a_record_typed_half_way_is_kept_as_a_draft_and_offered_back(workspace_dir: Path) -> None:
    dialogue(workspace_dir, ["3", "", "toevoegen", "", "2"])  # the input ends in the second field
    run = dialogue(workspace_dir, ["3", "", "toevoegen", "ja", "CLB West", "", "", "", "", "", "", "", "stoppen"])
    assert any(line.startswith("Er is een onafgewerkt concept van") for line in run.lines)
    partners = sheet(workspace_dir, "network").answers["partners"]
    assert isinstance(partners, RecordsAnswer)
    assert partners.items[0].values == {"organisation": "CLB West", "type": "clb"}
    assert sheet(workspace_dir, "network").drafts == {}


def test_help_shows_the_help_of_options_too(workspace_dir: Path, tmp_path: Path) -> None:
    import shutil

    from tests.plain.helpers import EVERY_KIND

    pack = tmp_path / "pack"
    shutil.copytree(EVERY_KIND, pack)
    profile = pack / "profile.toml"
    text = profile.read_text(encoding="utf-8")
    profile.write_text(text.replace('label = "Optie B" }', 'label = "Optie B", help = "Uitleg bij B." }'),
                       encoding="utf-8")
    run = dialogue(workspace_dir, [*PROFILE, "", "", "hulp", "stoppen"], content=pack)
    assert "  2. Optie B: Uitleg bij B." in run.lines


def test_an_email_or_phone_that_does_not_look_like_one_is_kept_with_the_apps_warning(workspace_dir: Path) -> None:
    run = dialogue(workspace_dir, [
        "3", "",  # the network step
        "toevoegen", "Huis van het Kind", "", "info-at-huis", "geen", "", "", "",
        "",  # next question: the checklist
        "stoppen",
    ])
    said = " ".join(run.output.split())  # lines are wrapped at 80 columns
    assert MESSAGES["form.email_warning"][0] in said
    assert MESSAGES["form.phone_warning"][0] in said
    partners = sheet(workspace_dir, "network").answers["partners"]
    assert isinstance(partners, RecordsAnswer)
    assert partners.items[0].values["email"] == "info-at-huis"  # a warning, not a refusal
