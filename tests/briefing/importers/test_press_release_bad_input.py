"""Text that is no English meeting record ends in an ExtractError, never anything else."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.importers.errors import ExtractError, ImporterError
from briefing.importers.press_release import MAX_EXTRACT_CHARS, extract, to_meeting
from briefing.model import Settings

SETTINGS = Settings(countries=["Cambodia", "China"])

FRENCH = """Le Premier ministre du Royaume du Cambodge et le Premier ministre de la République
populaire de Chine se sont rencontrés le 10 octobre 2024 à Vientiane, en marge des 44e et 45e
sommets de l'ASEAN. Les deux parties ont réaffirmé leur volonté de renforcer l'amitié
traditionnelle et la coopération entre les deux pays."""

KHMER = "សម្ដេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត នាយករដ្ឋមន្ត្រីនៃព្រះរាជាណាចក្រកម្ពុជា " * 5


@pytest.mark.parametrize("text", [FRENCH, "", "   \n\n ", "12 34 56", "李强 会见 洪玛奈"])
def test_no_meeting_text_in_a_language_read(text):
    with pytest.raises(ExtractError, match="No meeting text recognised"):
        extract(text, SETTINGS)


def test_khmer_is_read_not_refused():
    draft = extract(KHMER, SETTINGS)
    assert draft.language == "km"
    assert [(p.name, p.side) for p in draft.participants] == [("ហ៊ុន ម៉ាណែត", "Cambodia")]


def test_twenty_megabytes_is_refused_at_once():
    text = "Both sides agreed to cooperate. " * (20_000_000 // 32)
    with pytest.raises(ExtractError, match="too long for one press release"):
        extract(text, SETTINGS)


def test_just_under_the_limit_finishes():
    paragraph = (
        "The Chinese side pledged to increase the import of Cambodian agricultural products "
        "and both sides agreed to strengthen cooperation on clean energy.\n\n"
    )
    text = paragraph * (MAX_EXTRACT_CHARS // len(paragraph) - 1)
    draft = extract(text, SETTINGS)  # its time: benchmarks/import_bench.py
    assert draft.items


def test_english_text_that_is_no_meeting_gives_warnings_not_items():
    text = (
        "Preheat the oven to 200 degrees. Mix the flour with the butter and the sugar, then "
        "add two eggs and a pinch of salt. Bake for twenty minutes."
    )
    draft = extract(text, SETTINGS)
    assert draft.items == []
    assert "No meeting items were recognised; add them by hand." in draft.warnings
    assert "No participants were recognised; add them by hand." in draft.warnings
    assert "No meeting date was found; set it before saving." in draft.warnings
    with pytest.raises(ExtractError, match="no meeting date"):
        to_meeting(draft, SETTINGS)


def test_extract_errors_are_importer_errors():
    assert issubclass(ExtractError, ImporterError)


_WORDS = st.sampled_from(
    """Both sides agreed pledged The Chinese side Samdech H.E. HUN Manet LI Qiang , . ; :
    Prime Minister of the Kingdom of Cambodia on 10 October 2024 in Vientiane March 3 -- (Xinhua)
    will should requested expressed concern including such as and he she On trade , Page 2 of 3
    \n \n\n \f - coop- eration business. community 1. • ASEAN Japan Tokyo said that Monday
    PHNOM PENH, Vientiane, 11 October 2024 PRESS RELEASE MINISTRY at the invitation of""".split(" ")
)


@settings(max_examples=250, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=120))
def test_fuzz_release_like_text(words):
    try:
        extract(" ".join(words), SETTINGS)
    except ExtractError:
        pass


@settings(max_examples=250, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_fuzz_arbitrary_text(text):
    try:
        extract(text, SETTINGS)
    except ExtractError:
        pass


@settings(max_examples=100, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from("Aa .,;:-\n\f()“”'0123456789ÉéŁ李ក"), max_size=2000))
def test_fuzz_punctuation_heavy_text(text):
    try:
        extract("The two sides agreed that " + text, SETTINGS)
    except ExtractError:
        pass
