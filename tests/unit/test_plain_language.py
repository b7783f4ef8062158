"""Plain language: the abbreviations a text for the family uses without saying what they are."""

from __future__ import annotations

import pytest

from bouwsteen_tui.core.plain_language import ABBREVIATIONS, is_explained, unexplained_abbreviations


@pytest.mark.parametrize("abbreviation", ["CLB", "CAW", "OCMW", "CGG", "MDO", "JAC", "OCJ", "VK", "GON", "ION", "IJH"])
def test_each_known_abbreviation_alone_is_unexplained(abbreviation: str) -> None:
    assert unexplained_abbreviations(f"Morgen belt iemand van het {abbreviation} u op.") == [abbreviation]


def test_any_word_of_two_to_five_capitals_counts() -> None:
    """Unknown abbreviations are found too, each once, in the order they first appear."""
    assert unexplained_abbreviations("Het XY en de ABCDE, en nog eens het XY.") == ["XY", "ABCDE"]


def test_longer_words_single_capitals_and_lower_case_do_not_count() -> None:
    assert unexplained_abbreviations("BELANGRIJK: vrijdag 15 januari om 9 u. A. Peeters belt u. Ook het clb.") == []


def test_a_phrase_in_capitals_is_not_an_abbreviation() -> None:
    """"LET OP" is shouting, not two abbreviations; a known one in capitals still counts."""
    assert unexplained_abbreviations("LET OP: geen school.") == []
    assert unexplained_abbreviations("LET OP: het CLB belt.") == ["CLB"]


def test_words_everyone_knows_and_codes_do_not_count() -> None:
    assert unexplained_abbreviations("Stuur een sms of kijk op tv: OK? Casus C-7K4Q.") == []


def test_known_mixed_case_abbreviations_count() -> None:
    assert unexplained_abbreviations("Ze gaat naar het BuSO.") == ["BuSO"]


def test_inside_a_compound_word_it_counts() -> None:
    assert unexplained_abbreviations("De CLB-medewerker en de OCMW's helpen.") == ["CLB", "OCMW"]


@pytest.mark.parametrize(
    "text",
    [
        "Het Centrum voor Leerlingenbegeleiding, kort het CLB, helpt.",  # the long form, any case
        "Het CLB helpt. Het  centrum voor\nleerlingenbegeleiding is gratis.",  # anywhere, any spacing
        "The pupil guidance centre (CLB) helps.",  # the English long form
    ],
)
def test_the_long_form_in_the_text_explains_it(text: str) -> None:
    assert unexplained_abbreviations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Het CLB (de dienst die leerlingen helpt op school) belt u.",
        "Het CLB [dienst voor leerlingen] belt u.",
        "De CLB-medewerker (iemand die leerlingen helpt) belt u. Het CLB is op school.",
    ],
)
def test_an_explanation_in_brackets_after_it_explains_it(text: str) -> None:
    assert unexplained_abbreviations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "De dienst die helpt bij schulden (CAW) belt u. Het CAW komt op school.",
        "Een dienst voor hulp bij geld [het CAW] belt u.",
    ],
)
def test_an_explanation_before_it_explains_it(text: str) -> None:
    """The abbreviation alone in brackets after words: those words say what it is."""
    assert unexplained_abbreviations(text) == []


def test_one_abbreviation_does_not_explain_another() -> None:
    assert unexplained_abbreviations("Het CAW (CLB) belt.") == ["CAW", "CLB"]
    assert unexplained_abbreviations("(CLB)") == ["CLB"]


def test_explaining_one_leaves_the_others() -> None:
    text = "Het CLB (centrum voor leerlingenbegeleiding) en het CAW helpen."
    assert unexplained_abbreviations(text) == ["CAW"]
    assert is_explained(text, "CLB") and not is_explained(text, "CAW")


def test_every_known_abbreviation_has_a_dutch_and_an_english_long_form() -> None:
    for abbreviation, long_forms in ABBREVIATIONS.items():
        assert len(long_forms) >= 2, abbreviation
        for long in long_forms:
            assert unexplained_abbreviations(f"Het {abbreviation} ({long}) helpt.") == [], (abbreviation, long)
            assert unexplained_abbreviations(f"{long}: het {abbreviation}.") == [], (abbreviation, long)
