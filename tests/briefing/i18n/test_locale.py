"""Dates, digits, annex letters and page labels as each book language writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.export.pdf.furniture import page_label
from briefing.i18n import BookLocale, book_locale, check_language, locale_language
from briefing.model import format_date

DAY = dt.date(2024, 10, 10)


@pytest.mark.parametrize(
    ("language", "digits", "long", "short"),
    [
        ("en", False, "10 October 2024", "10 Oct 2024"),
        ("fr", False, "10 octobre 2024", "10 oct. 2024"),
        ("zh", False, "2024年10月10日", "2024年10月10日"),
        ("km", False, "10 តុលា 2024", "10 តុលា 2024"),
        ("km", True, "១០ តុលា ២០២៤", "១០ តុលា ២០២៤"),
        ("zh", True, "2024年10月10日", "2024年10月10日"),  # Chinese books keep 0-9
    ],
)
def test_dates(language, digits, long, short):
    loc = BookLocale(language, digits)
    assert loc.date(DAY) == long
    assert loc.date(DAY, short=True) == short


def test_english_dates_are_the_records_own():
    for day in (DAY, dt.date(2025, 1, 1), dt.date(2023, 5, 31)):
        assert BookLocale().date(day) == format_date(day)
        assert BookLocale().date(day, short=True) == format_date(day, short=True)


def test_french_writes_the_first_of_the_month_as_1er():
    assert BookLocale("fr").date(dt.date(2025, 1, 1)) == "1er janvier 2025"


def test_date_ranges():
    start, end = dt.date(2025, 6, 16), dt.date(2025, 6, 18)
    assert BookLocale().date_range(start, end) == "16–18 June 2025"
    assert BookLocale("zh").date_range(start, end) == "2025年6月16日至18日"
    assert BookLocale("km", True).date_range(start, end) == "១៦–១៨ មិថុនា ២០២៥"
    assert (
        BookLocale("fr").date_range(start, dt.date(2025, 7, 2)) == "16 juin 2025 – 2 juillet 2025"
    )
    assert BookLocale("zh").date_range(start, dt.date(2025, 7, 2)) == "2025年6月16日至2025年7月2日"
    assert BookLocale().date_range(start, None) == "16 June 2025"


def test_page_labels():
    assert page_label(book_locale("en"), 3, 23) == "Page 3 of 23"
    assert page_label(book_locale("km", True), 3, 23) == "ទំព័រ ៣ នៃ ២៣"
    assert page_label(book_locale("km", False), 3, 23) == "ទំព័រ 3 នៃ 23"
    assert page_label(book_locale("fr"), 3, 23) == "Page 3 sur 23"
    assert page_label(book_locale("zh"), 3, 23) == "第3页，共23页"
    assert page_label(book_locale("en"), 3, 0) == "Page 3"


def test_annex_letters():
    assert [BookLocale().letter(i) for i in range(3)] == ["A", "B", "C"]
    assert [BookLocale("km").letter(i) for i in range(3)] == ["ក", "ខ", "គ"]
    assert [BookLocale("zh").letter(i) for i in range(3)] == ["一", "二", "三"]
    assert BookLocale("km", True).letter(40) == "៤១"  # past the consonants: numbers


def test_punctuation():
    assert BookLocale("km").sentence("ក") == "ក។"
    assert BookLocale("zh").sentence("甲") == "甲。"
    assert BookLocale("fr").label("Dernier échange") == "Dernier échange\u00a0: "
    assert BookLocale("zh").join(["甲", "乙"]) == "甲；乙"


def test_languages_are_checked():
    assert check_language(" KM ") == "km"
    assert check_language("zh-CN") == "zh"
    with pytest.raises(ValueError, match="not a book language; choose one of en, km, fr, zh"):
        check_language("de")
    with pytest.raises(ValueError):
        BookLocale("xx")


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "km_KH.UTF-8"}, "km"),
        ({"LANGUAGE": "fr:en", "LANG": "km_KH.UTF-8"}, "fr"),
        ({"LANGUAGE": "de:zh_CN", "LANG": "en_US.UTF-8"}, "zh"),
        ({"LANGUAGE": "de", "LANG": "km_KH.UTF-8"}, "km"),
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "km_KH"}, "zh"),
        ({"LC_ALL": "de_DE.UTF-8", "LANG": "km_KH"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_command_line_language_follows_the_locale(environ, language):
    assert locale_language(environ) == language
