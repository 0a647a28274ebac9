"""Releases in Khmer and Chinese: dates, places, participants and items in their own script."""

from __future__ import annotations

import datetime as dt

from importer_helpers import describe

from briefing.importers.native_dates import native_dates
from briefing.importers.native_rules import load_lang_rules, matching_copy
from briefing.importers.press_release import extract
from briefing.model import BOTH, ItemKind, MeetingKind, Name, Person, Settings

K = ItemKind
KH_TH = Settings(countries=["Cambodia", "Thailand"])
KH_CN = Settings(countries=["Cambodia", "China"])

KHMER = "\n\n".join(
    [
        "ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ",
        "សេចក្តីប្រកាសព័ត៌មាន",
        "នាព្រឹកថ្ងៃពុធ ទី៥ ខែមីនា ឆ្នាំ២០២៥ នៅវិមានសន្តិភាព សម្ដេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត "
        "នាយករដ្ឋមន្ត្រីនៃព្រះរាជាណាចក្រកម្ពុជា បានជួបពិភាក្សាជាមួយ ឯកឧត្តម ម៉ារីស "
        "សង្គៀមពង្សា រដ្ឋមន្ត្រីក្រសួងការបរទេសថៃ។",
        "ភាគីទាំងពីរបានឯកភាពបង្កើនពាណិជ្ជកម្មទ្វេភាគីឱ្យដល់ ១៥ ពាន់លានដុល្លារ នៅឆ្នាំ២០២៧។ "
        "សម្តេចធិបតីបានស្នើឱ្យភាគីថៃ ពន្លឿនការបើកច្រកព្រំដែនថ្មី។",
        "ឯកឧត្តម ម៉ារីស សង្គៀមពង្សា បានបញ្ជាក់ថា ថៃនឹងផ្តល់អាហារូបករណ៍ចំនួន ១០០ "
        "ដល់និស្សិតកម្ពុជា។ ឯកឧត្តមក៏បានសម្តែងការព្រួយបារម្ភចំពោះការបោកប្រាស់តាមអនឡាញ។",
        "ចែករំលែក៖ Facebook | Telegram",
    ]
)

CHINESE = """中华人民共和国外交部
首页 > 外交部新闻

王毅同柬埔寨副首相兼外交大臣宋金达举行会谈

2025-03-06 21:00

当地时间2025年3月5日，外交部长王毅在金边同柬埔寨副首相兼外交与国际合作部大臣宋金达举行会谈。

王毅表示，中柬是铁杆朋友。中方愿同柬方扩大贸易和投资合作。希望柬方切实保障中国公民安全。

宋金达表示，柬方将严厉打击电信诈骗。柬方对网络赌博表示关切。

双方同意加强在澜湄合作框架内的协调，并签署了农业合作备忘录。

【打印】【关闭】
"""


def test_khmer_numerals_and_month_names():
    rules = load_lang_rules("km")
    (date,) = native_dates("ថ្ងៃទី13 ខែមីនា ឆ្នាំ2025".translate(str.maketrans("", "")), rules)
    assert date.resolve(None) == dt.date(2025, 3, 13)
    text = "ចាប់ពីថ្ងៃទី14 ដល់ថ្ងៃទី16 ខែមករា ឆ្នាំ2025"
    (span,) = native_dates(text, rules)
    assert (span.resolve(None), span.resolve_end(None)) == (
        dt.date(2025, 1, 14),
        dt.date(2025, 1, 16),
    )


def test_chinese_dates_full_partial_and_day_only():
    rules = load_lang_rules("zh")
    found = native_dates("2025年3月5日、5月19日和昨日（4日）", rules)
    anchor = dt.date(2025, 5, 19)
    assert [d.resolve(anchor) for d in found] == [
        dt.date(2025, 3, 5),
        dt.date(2025, 5, 19),
        dt.date(2025, 5, 4),
    ]


def test_khmer_release():
    draft = extract(KHMER, KH_TH, reference_date=dt.date(2025, 4, 1))
    assert draft.language == "km"
    assert draft.meeting_date == dt.date(2025, 3, 5)
    assert (draft.city, draft.country) == ("Phnom Penh", "Cambodia")  # the Peace Palace
    assert draft.issuer == "ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ"
    assert [(p.name, p.honorific, p.side) for p in draft.participants] == [
        ("ហ៊ុន ម៉ាណែត", "សម្ដេចមហាបវរធិបតី", "Cambodia"),
        ("ម៉ារីស សង្គៀមពង្សា", "ឯកឧត្តម", "Thailand"),
    ]
    items = describe(draft)
    kinds = [(i.side, i.kind) for i in draft.items]
    assert kinds == [
        (BOTH, K.AGREEMENT),
        ("Cambodia", K.REQUEST),
        ("Thailand", K.PLEDGE),
        ("Thailand", K.CONCERN),
    ], items
    assert "trade" in draft.items[0].areas and "connectivity" in draft.items[1].areas
    assert draft.items[2].text.endswith("ដល់និស្សិតកម្ពុជា។")  # kept in its script
    assert not any("ចែករំលែក" in i.text for i in draft.items)
    assert [c.keep for c in draft.commitments] == [True, True]


def test_chinese_release():
    draft = extract(CHINESE, KH_CN, reference_date=dt.date(2025, 4, 1))
    assert draft.language == "zh"
    assert draft.issue_date == dt.date(2025, 3, 6)
    assert draft.meeting_date == dt.date(2025, 3, 5)
    assert (draft.city, draft.country) == ("Phnom Penh", "Cambodia")
    assert draft.issuer == "中华人民共和国外交部"
    assert draft.title == "王毅同柬埔寨副首相兼外交大臣宋金达举行会谈"
    assert [(p.name, p.title, p.side) for p in draft.participants] == [
        ("王毅", "外交部长", "China"),
        ("宋金达", "外交与国际合作部大臣", "Cambodia"),
    ]
    items = describe(draft)
    assert [(i.side, i.kind) for i in draft.items] == [
        ("China", K.STATEMENT),
        ("China", K.PLEDGE),
        ("China", K.REQUEST),  # no subject: the speaker of the paragraph
        ("Cambodia", K.PLEDGE),
        ("Cambodia", K.CONCERN),
        (BOTH, K.AGREEMENT),
    ], items
    assert "trade" in draft.items[1].areas
    assert "law" in draft.items[3].areas
    assert "multilateral" in draft.items[5].areas


def test_a_chinese_call_has_no_place():
    text = CHINESE.replace("在金边同", "同").replace("举行会谈。", "通电话。")
    draft = extract(text, KH_CN, reference_date=dt.date(2025, 4, 1))
    assert draft.kind == MeetingKind.PHONE_CALL
    assert (draft.city, draft.country) == ("", "")


def test_workspace_people_are_matched_by_their_khmer_or_chinese_name():
    people = [
        Person([Name("Hun Manet"), Name("ហ៊ុន ម៉ាណែត", "Khmr")], side="Cambodia", id=7),
        Person([Name("Wang Yi"), Name("王毅", "Hans")], side="China", id=9),
    ]
    assert extract(KHMER, KH_TH, people).participants[0].person_id == 7
    assert extract(CHINESE, KH_CN, people).participants[0].person_id == 9


def test_traditional_chinese_a_visitor_named_by_the_city_visited_and_a_three_part_name():
    """ "正在曼谷訪問的行政長官…" is the visitor (a city in the lead is no dateline, so the
    issuer is not Thai), "會面" and "亦" end names, and "安迪·阿姆兰·苏莱曼" is one name."""
    text = (
        "澳門特別行政區政府新聞局\n\n行政長官訪問曼谷\n\n2025年6月3日\n\n"
        "　　正在曼谷訪問的行政長官岑浩輝今日下午在總理府與泰國總理佩通坦會面，雙方就旅遊及"
        "會展合作交換意見。經濟財政司司長戴建業，以及泰國副總理兼商業部長披差亦有出席。\n\n"
        "　　佩通坦表示，泰方歡迎澳門企業到泰國投資。\n"
    )
    draft = extract(
        text, Settings(countries=["China", "Thailand"]), reference_date=dt.date(2025, 6, 3)
    )
    sides = {p.name: p.side for p in draft.participants}
    assert sides.get("岑浩輝") == "China", describe(draft)
    assert sides.get("佩通坦") == "Thailand", describe(draft)
    assert sides.get("戴建業") == "China", describe(draft)
    assert sides.get("披差") == "Thailand", describe(draft)
    jakarta = (
        "中华人民共和国驻印度尼西亚共和国大使馆\n\n大使拜会印尼农业部长\n\n2025-05-20\n\n"
        "　　2025年5月19日，驻印度尼西亚大使王鲁彤拜会农业部长安迪·阿姆兰·苏莱曼，双方就农业"
        "合作交换意见。使馆公参刘洪在座。\n"
    )
    draft = extract(
        jakarta, Settings(countries=["China", "Indonesia"]), reference_date=dt.date(2025, 5, 20)
    )
    names = {p.name for p in draft.participants}
    assert {"安迪·阿姆兰·苏莱曼", "刘洪"} <= names, describe(draft)


def test_khmer_the_provinces_side_listed_and_a_title_before_the_next_person():
    """ "ចំណែកខាងខេត្តមាន …" (on the province's side were …) lists participants; "… និង" (and)
    left before the next person is not part of a title."""
    text = "\n\n".join(
        [
            "រដ្ឋបាលខេត្តកំពត",
            "នាព្រឹកថ្ងៃអង្គារ ទី៤ ខែមីនា ឆ្នាំ២០២៥ ឯកឧត្តម ម៉ៅ ធនិន អភិបាលខេត្តកំពត "
            "បានទទួលជួប ឯកឧត្តម វ៉ាង វិនធាន ឯកអគ្គរាជទូតចិនប្រចាំកម្ពុជា។ "
            "អមដំណើរឯកឧត្តមឯកអគ្គរាជទូត មាន លោក ចាង មីង ទីប្រឹក្សាផ្នែកពាណិជ្ជកម្ម និង "
            "លោកស្រី លី ហ្វាង លេខាទីមួយ។ ចំណែកខាងខេត្តមាន ឯកឧត្តម ជា សុខា អភិបាលរងខេត្ត និង "
            "លោក ងិន ពិសិដ្ឋ ប្រធានមន្ទីរទេសចរណ៍ខេត្ត។",
            "ភាគីទាំងពីរបានឯកភាពពង្រឹងកិច្ចសហប្រតិបត្តិការទេសចរណ៍។",
        ]
    )
    draft = extract(text, KH_CN, reference_date=dt.date(2025, 3, 5))
    found = {p.name: p for p in draft.participants}
    assert {"ជា សុខា", "ងិន ពិសិដ្ឋ"} <= set(found), describe(draft)
    assert found["ជា សុខា"].side == "Cambodia", describe(draft)
    assert found["ចាង មីង"].title == "ទីប្រឹក្សាផ្នែកពាណិជ្ជកម្ម", describe(draft)


def test_khmer_names_in_full_only_in_a_photo_caption_under_the_headline():
    text = "\n\n".join(
        [
            "វិទ្យុព័ត៌មាន",
            "កម្ពុជា | អាស៊ី | ពិភពលោក",
            "អាល្លឺម៉ង់ និងថៃ ឯកភាពពង្រីកពាណិជ្ជកម្ម",
            "ផ្សាយថ្ងៃ : 12/03/2025 - 09:40",
            "រដ្ឋមន្ត្រីការបរទេសអាល្លឺម៉ង់ លោកស្រី អាណាលេណា បែបប៊ក អមដោយរដ្ឋមន្ត្រីការបរទេសថៃ "
            "លោក ម៉ារីស សង្គៀមពង្សា មុនពេលជំនួបពិភាក្សា។ © វិទ្យុ/ សុខ វណ្ណា",
            "ដោយ៖ សុខ វណ្ណា",
            "ប្រទេសអាល្លឺម៉ង់ និងថៃ បានឯកភាពគ្នាកាលពីម្សិលមិញ ដើម្បីពង្រីកពាណិជ្ជកម្ម។ "
            "លោកស្រី បែបប៊ក បានបញ្ជាក់ថា អាល្លឺម៉ង់នឹងផ្តល់អាហារូបករណ៍ចំនួន ៥០។",
        ]
    )
    draft = extract(
        text,
        Settings(countries=["Germany", "Thailand"]),
        reference_date=dt.date(2025, 3, 12),
    )
    names = {p.name for p in draft.participants}
    assert {"អាណាលេណា បែបប៊ក", "ម៉ារីស សង្គៀមពង្សា"} <= names, describe(draft)


def test_chinese_today_is_the_datelines_day_and_a_statement_published_on_a_day_is_no_meeting():
    def met(body: str, page: str = "2025年4月10日 09:35") -> dt.date | None:
        text = f"星洲日报\n\n部长视频会议\n\n{page}\n\n{body}\n\n双方同意加快电网扩容。\n"
        draft = extract(
            text,
            Settings(countries=["Malaysia", "Indonesia"]),
            reference_date=dt.date(2025, 4, 12),
        )
        return draft.meeting_date

    assert met("（古晋9日讯）副首相法迪拉今日与印尼能源部长巴利尔举行视频会议。") == dt.date(
        2025, 4, 9
    )
    assert met(
        "（雅加达13日讯）能源部13日发布新闻稿称，部长巴利尔上周五（10日）会见到访的副首相法迪拉。",
        page="2025年1月14日 07:30",
    ) == dt.date(2025, 1, 10)


def test_khmer_a_day_and_month_without_year_or_khe_and_talks_dated_within_a_visit():
    rules = load_lang_rules("km")
    (date,) = native_dates(matching_copy("នាព្រឹកថ្ងៃចន្ទ ១៣ កុម្ភៈ វេលាម៉ោង ៩:៣០"), rules)
    assert (date.day, date.month, date.year) == (13, 2, None)
    (dated,) = native_dates(matching_copy("២១ វិច្ឆិកា ២០២៤។"), rules)
    assert dated.year == 2024
    text = "\n\n".join(
        [
            "ក្រសួងផែនការ",
            "បានផ្សាយ៖ ១៣ មិថុនា ២០២៤",
            "ឯកឧត្តម ប៊ិន ត្រាឈី រដ្ឋមន្ត្រីក្រសួងផែនការ បានដឹកនាំគណៈប្រតិភូ "
            "អញ្ជើញបំពេញដំណើរទស្សនកិច្ចផ្លូវការនៅប្រទេសថៃ ចាប់ពីថ្ងៃទី១០ ដល់ថ្ងៃទី១២ ខែមិថុនា ឆ្នាំ២០២៤។",
            "នារសៀលថ្ងៃអង្គារ ទី១១ ខែមិថុនា នៅទីក្រុងបាងកក ឯកឧត្តមរដ្ឋមន្ត្រី "
            "បានដឹកនាំកិច្ចពិភាក្សាទ្វេភាគីជាមួយ លោក ដនុជា ពិជយនន្ទ អគ្គលេខាធិការ។",
            "ភាគីទាំងពីរបានឯកភាពរៀបចំវគ្គបណ្តុះបណ្តាល។",
        ]
    )
    draft = extract(text, KH_TH, reference_date=dt.date(2024, 6, 14))
    assert draft.meeting_date == dt.date(2024, 6, 11), describe(draft)


def test_chinese_the_embassys_own_staff_a_ministry_before_a_title_and_today_in_brackets():
    text = (
        "中华人民共和国驻泰王国大使馆\n\n大使拜会泰国商业部长\n\n2024-04-17\n\n"
        "　　2024年4月16日，驻泰国大使韩志强在曼谷拜会商业部长普坦。使馆经商参赞王建华在座。\n\n"
        "　　普坦今（16）日表示，泰方愿扩大对华榴莲出口。\n"
    )
    draft = extract(
        text, Settings(countries=["China", "Thailand"]), reference_date=dt.date(2024, 4, 17)
    )
    sides = {p.name: p.side for p in draft.participants}
    assert sides.get("王建华") == "China", describe(draft)
    assert "商业" not in sides and sides.get("普坦") == "Thailand", describe(draft)
    assert not any(name.endswith("今") for name in sides), describe(draft)


def test_khmer_a_glued_malay_honorific_a_gloss_after_a_clause_and_one_word_of_a_name():
    text = "\n\n".join(
        [
            "អេវើរីដេយ",
            "សុងខ្លា៖ នាយករដ្ឋមន្ត្រីថៃ លោកស្រី ប៉ែថងថាន ស៊ីណាវ៉ាត្រា និងនាយករដ្ឋមន្ត្រីម៉ាឡេស៊ី "
            "ដាតុកស្រី អាន់វ៉ា អ៊ីប្រាហ៊ីម បានឯកភាពគ្នាពន្លឿនការសាងសង់ផ្លូវនៅច្រកសាដាវ (Sadao) "
            "កាលពីម្សិលមិញ។",
            "លោក អាន់វ៉ា ក៏បានសម្តែងការព្រួយបារម្ភអំពីការរត់ពន្ធប្រេងឥន្ធនៈ។",
        ]
    )
    draft = extract(
        text, Settings(countries=["Thailand", "Malaysia"]), reference_date=dt.date(2025, 4, 24)
    )
    sides = {p.name: p.side for p in draft.participants}
    assert sides.get("អាន់វ៉ា អ៊ីប្រាហ៊ីម") == "Malaysia", describe(draft)
    concern = [i for i in draft.items if "ព្រួយបារម្ភ" in i.text]
    assert [i.side for i in concern] == ["Malaysia"], describe(draft)


def test_chinese_a_long_transliterated_first_part_and_a_short_country_before_a_ministry():
    text = (
        "中华人民共和国驻菲律宾共和国大使馆\n\n大使拜会菲律宾农业部长\n\n2024-04-17\n\n"
        "　　2024年4月16日，驻菲律宾大使黄溪连在奎松市拜会农业部长小弗朗西斯科·蒂乌·劳雷尔。"
        "菲农业部副部长卡洛斯·门多萨在座。\n\n"
        "　　蒂乌·劳雷尔表示，菲方希望扩大对华出口榴莲。\n"
    )
    draft = extract(
        text, Settings(countries=["China", "Philippines"]), reference_date=dt.date(2024, 4, 17)
    )
    sides = {p.name: p.side for p in draft.participants}
    assert sides.get("小弗朗西斯科·蒂乌·劳雷尔") == "Philippines", describe(draft)
    assert sides.get("卡洛斯·门多萨") == "Philippines", describe(draft)


def test_chinese_a_concern_whose_last_clause_names_the_side():
    text = (
        "诗华日报\n\n部长视频会议\n\n2025年4月10日 09:35\n\n"
        "（古晋9日讯）副首相法迪拉今日与印尼能源部长巴利尔举行视频会议。\n\n"
        "他坦言，美国本月初宣布加征关税，可能推高电力设备成本，马方对此表示关注。\n"
    )
    draft = extract(
        text, Settings(countries=["Malaysia", "Indonesia"]), reference_date=dt.date(2025, 4, 12)
    )
    concern = [i for i in draft.items if "关注" in i.text]
    assert [(i.side, i.kind) for i in concern] == [("Malaysia", K.CONCERN)], describe(draft)


def test_chinese_a_year_in_numerals():
    rules = load_lang_rules("zh")
    found = native_dates("二〇二五年三月六日", rules)
    assert [(d.year, d.month, d.day) for d in found] == [(2025, 3, 6)]


def test_khmer_a_month_by_number_and_a_page_date_in_english():
    text = (
        "ក្រសួងការបរទេស\n\n6 March 2025\n\nនាព្រឹកថ្ងៃទី៥ ខែ៣ ឆ្នាំ២០២៥ ឯកឧត្តម ប្រាក់ សុខុន "
        "បានជួបពិភាក្សាជាមួយ ឯកឧត្តម ម៉ារីស សង្គៀមពង្សា។\n\n"
        "ភាគីទាំងពីរបានឯកភាពពង្រឹងកិច្ចសហប្រតិបត្តិការ។\n"
    )
    draft = extract(text, KH_TH, reference_date=dt.date(2025, 3, 8))
    assert (draft.meeting_date, draft.issue_date) == (
        dt.date(2025, 3, 5),
        dt.date(2025, 3, 6),
    ), describe(draft)


def test_chinese_a_province_before_its_city_and_a_partner_after_in_is_no_place():
    text = (
        "外交部\n\n2025年3月6日\n\n3月5日，王毅在云南昆明同柬埔寨副首相宋金达举行会谈。\n\n"
        "双方同意加强合作。\n"
    )
    draft = extract(text, KH_CN, reference_date=dt.date(2025, 3, 8))
    assert (draft.city, draft.country) == ("Kunming", "China"), describe(draft)


def test_khmer_a_bilateral_meeting_named_in_the_second_paragraph():
    text = "\n\n".join(
        [
            "នគរវត្តញូវស៍",
            "ថៃ និងឡាវ បានឯកភាពគ្នាចាប់ផ្តើមសាងសង់ស្ពានថ្មីឆ្លងទន្លេមេគង្គ។",
            "ការឯកភាពនេះធ្វើឡើងក្នុងជំនួបទ្វេភាគីរវាងនាយករដ្ឋមន្ត្រីថៃ លោកស្រី ប៉ែថងថាន "
            "ស៊ីណាវ៉ាត្រា និងនាយករដ្ឋមន្ត្រីឡាវ លោក សូណិចសៃ ស៊ីផាន់ដូន កាលពីថ្ងៃពុធ។",
        ]
    )
    draft = extract(
        text, Settings(countries=["Thailand", "Laos"]), reference_date=dt.date(2024, 10, 10)
    )
    names = {p.name for p in draft.participants}
    assert {"ប៉ែថងថាន ស៊ីណាវ៉ាត្រា", "សូណិចសៃ ស៊ីផាន់ដូន"} <= names, describe(draft)


def test_chinese_u_before_a_myanmar_name_is_its_honorific():
    text = (
        "中华人民共和国驻缅甸联邦共和国大使馆\n\n大使拜会缅甸外长\n\n2023-08-23\n\n"
        "　　2023年8月22日，驻缅甸大使陈海在内比都拜会缅甸联邦共和国外交部长吴丹瑞，双方就"
        "推进合作交换意见。\n\n　　丹瑞外长表示，缅方感谢中方支持。\n"
    )
    draft = extract(
        text, Settings(countries=["China", "Myanmar"]), reference_date=dt.date(2023, 8, 23)
    )
    people = {p.name: p for p in draft.participants}
    assert "丹瑞" in people and people["丹瑞"].honorific == "吴", describe(draft)


def test_khmer_a_sides_list_in_a_sentence_of_its_own():
    """ "ខាងភាគីកម្ពុជាមាន …" (on the Cambodian side were …) in a later paragraph lists that
    side's people, though the sentence has no word of meeting."""
    text = "\n\n".join(
        [
            "ក្រសួងទេសចរណ៍",
            "នាព្រឹកថ្ងៃអង្គារ ទី៤ ខែមីនា ឆ្នាំ២០២៥ ឯកឧត្តម ហួត ហាក់ រដ្ឋមន្ត្រីក្រសួងទេសចរណ៍ "
            "បានជួបពិភាក្សាជាមួយ ឯកឧត្តម វ៉ាង វិនធាន ឯកអគ្គរាជទូតចិនប្រចាំកម្ពុជា។",
            "ខាងភាគីកម្ពុជាមាន លោកជំទាវ ជា សុខា រដ្ឋលេខាធិការក្រសួងទេសចរណ៍ និង លោក ងិន ពិសិដ្ឋ អគ្គនាយកទេសចរណ៍។",
            "ភាគីទាំងពីរបានឯកភាពពង្រឹងកិច្ចសហប្រតិបត្តិការទេសចរណ៍។",
        ]
    )
    draft = extract(text, KH_CN, reference_date=dt.date(2025, 3, 5))
    found = {p.name: p for p in draft.participants}
    assert {"ជា សុខា", "ងិន ពិសិដ្ឋ"} <= set(found), describe(draft)
    assert found["ជា សុខា"].side == "Cambodia", describe(draft)


def test_partner_countries_beyond_the_hand_kept_lists_in_both_scripts_of_chinese_and_khmer():
    zh = load_lang_rules("zh")
    assert zh.country_in("印度尼西亞外交部長蘇吉約諾") == ("Indonesia", 0)  # not India
    assert zh.country_in("挪威外交大臣") == ("Norway", 0)
    assert zh.country_in("不丹首相") == ("Bhutan", 0)
    assert zh.country_in("與紐西蘭總理會談")[0] == "New Zealand"
    # a name of two characters not kept by hand is no country inside a transliterated name
    assert zh.country_in("副部长阿曼达·李") is None
    assert zh.country_in("阿曼外交大臣")[0] == "Oman"
    km = load_lang_rules("km")
    assert km.country_in(matching_copy("រដ្ឋមន្ត្រីការបរទេសន័រវែស"))[0] == "Norway"


def test_chinese_a_sides_list_under_its_one_character_mark():
    """ "泰方出席的有…廳長X" (attending on the Thai side were …): X is Thai."""
    text = "\n\n".join(
        [
            "新中原報",
            "【本報訊】印度尼西亞外交部長蘇吉約諾昨（22）日抵達曼谷，對泰國展開工作訪問。"
            "泰國外交部長馬里斯昨日下午在外交部大樓與蘇吉約諾舉行會談。"
            "泰方出席的有外交部東盟事務廳廳長頌猜·汶納蓬，印尼方面出席的有印尼駐泰國大使"
            "拉赫瑪特·布迪曼。",
            "雙方同意加強貿易合作。",
        ]
    )
    draft = extract(
        text, Settings(countries=["Thailand", "Indonesia"]), reference_date=dt.date(2025, 1, 23)
    )
    found = {p.name: p.side for p in draft.participants}
    assert found.get("頌猜·汶納蓬") == "Thailand", describe(draft)
    assert found.get("蘇吉約諾") == "Indonesia", describe(draft)


def test_chinese_the_country_visited_after_dui_before_the_visit():
    """ "印尼外长…抵达首都，对泰国进行…访问": the visit is to Thailand, not Indonesia."""
    text = "\n\n".join(
        [
            "星暹日报",
            "【本报讯】印尼外交部长苏吉约诺昨（22）日抵达首都，对泰国进行为期两天的工作访问。"
            "泰国外交部长马里斯昨日下午与苏吉约诺举行会谈。",
            "双方同意加强贸易合作。",
        ]
    )
    draft = extract(
        text, Settings(countries=["Thailand", "Indonesia"]), reference_date=dt.date(2025, 1, 23)
    )
    assert (draft.city, draft.country) == ("Bangkok", "Thailand"), describe(draft)


KH_LA = Settings(countries=["Cambodia", "Laos"])


def test_khmer_two_sides_lists_a_title_after_and_and_a_request_made_of_the_other_side():
    """ "…មាន X … ខណៈខាងវៀតណាមមាន Y" (while on the Vietnamese side was Y): X and Y of their
    lists; "និងនាយករដ្ឋមន្ត្រីឡាវ ឯកឧត្តម Z" (and the Lao Prime Minister Z): Z's title is his
    own; "…បានស្នើឱ្យភាគីឡាវ…" (asked the Lao side to …) is not the Lao side's request."""
    text = "\n\n".join(
        [
            "ក្រសួងពាណិជ្ជកម្ម",
            "ភ្នំពេញ៖ រដ្ឋមន្ត្រីក្រសួងពាណិជ្ជកម្មកម្ពុជា លោកជំទាវ ចម និម្មល "
            "និងរដ្ឋមន្ត្រីឡាវ ឯកឧត្តម ម៉ាឡៃថង កុម្មាសិទ្ធ "
            "បានជួបពិភាក្សាគ្នា កាលពីថ្ងៃព្រហស្បតិ៍ ទី១០ ខែមេសា ឆ្នាំ២០២៥។ "
            "ចូលរួមក្នុងកិច្ចប្រជុំខាងកម្ពុជាមាន ឯកឧត្តម ប៉ែន សុវិជាតិ រដ្ឋលេខាធិការ "
            "ខណៈខាងឡាវមាន ឯកឧត្តម ភូវង់ ចន្ទវង្ស អគ្គនាយក។",
            "លោកជំទាវរដ្ឋមន្ត្រីបានស្នើឱ្យភាគីឡាវ ពិចារណាពង្រីកម៉ោងបើកច្រកព្រំដែន។",
        ]
    )
    draft = extract(text, KH_LA, reference_date=dt.date(2025, 4, 11))
    found = {p.name: p for p in draft.participants}
    assert found["ប៉ែន សុវិជាតិ"].side == "Cambodia", describe(draft)
    assert found["ភូវង់ ចន្ទវង្ស"].side == "Laos", describe(draft)
    assert "ខណៈ" not in " ".join(found), describe(draft)
    asked = next(i for i in draft.items if "ស្នើឱ្យភាគីឡាវ" in i.text)
    assert asked.side == "Cambodia", describe(draft)
    assert draft.city == "Phnom Penh", describe(draft)


def test_chinese_who_met_a_sided_visitor_and_a_japanese_surname():
    """ "…越南部长杜德维…与农业部长X举行会谈": X hosts (the other side), though the officials
    present are of both sides; "铃木知事表示" is the governor 铃木直道."""
    text = "\n\n".join(
        [
            "菲华日报",
            "【本报讯】正在菲进行工作访问的越南农业部长杜德维，昨（23）日在奎松市农业部总部"
            "与农业部长狄乌劳雷尔举行会谈。菲农业部副部长圣地亚哥、越南农业部司长阮氏秋香在座。",
            "据菲律宾农业部发表的新闻稿，杜德维部长对菲方暂停进口大米表示关切。",
            "铃木直道知事也出席了活动。铃木知事表示，愿加强合作。",
        ]
    )
    draft = extract(
        text, Settings(countries=["Philippines", "Viet Nam"]), reference_date=dt.date(2025, 9, 24)
    )
    found = {p.name: p.side for p in draft.participants}
    assert found.get("狄乌劳雷尔") == "Philippines", describe(draft)
    concern = next(i for i in draft.items if "表示关切" in i.text)
    assert concern.side == "Viet Nam", describe(draft)
    assert "铃木" not in found, describe(draft)


def test_khmer_the_other_delegations_list_after_while():
    """ "… ខណៈដែលគណៈប្រតិភូវៀតណាមមាន Y" (while the Vietnamese delegation had Y): Y is
    Vietnamese, though the sentence began with the other side's companions."""
    text = "\n\n".join(
        [
            "ទូរទស្សន៍",
            "កូឡាឡាំពួ៖ ប្រធានាធិបតីហ្វីលីពីន លោក ហ្វឺឌីណង់ ម៉ាកូស ជូនីញ័រ និងនាយករដ្ឋមន្ត្រី"
            "វៀតណាម លោក ផាម មិញជីញ បានជួបពិភាក្សាទ្វេភាគីគ្នា កាលពីថ្ងៃច័ន្ទ។ "
            "អមដំណើរលោក ម៉ាកូស មានរដ្ឋមន្ត្រីការបរទេស លោក អង់រីកេ ម៉ាណាឡូ "
            "ខណៈដែលគណៈប្រតិភូវៀតណាមមាន រដ្ឋមន្ត្រីក្រសួងកសិកម្ម លោក ដូ ឌឹកយុយ។",
        ]
    )
    draft = extract(
        text, Settings(countries=["Philippines", "Viet Nam"]), reference_date=dt.date(2025, 5, 27)
    )
    found = {p.name: p.side for p in draft.participants}
    assert found.get("ដូ ឌឹកយុយ") == "Viet Nam", describe(draft)


def test_a_citys_short_name_in_chinese_and_a_khmer_dateline_with_its_city_word():
    zh = "\n\n".join(
        [
            "商务部",
            "4月24日，商务部部长王文涛在沪与柬埔寨商业大臣占尼慕举行会谈。",
            "双方同意深化经贸合作。",
        ]
    )
    draft = extract(zh, KH_CN, reference_date=dt.date(2025, 4, 24))
    assert (draft.city, draft.country) == ("Shanghai", "China"), describe(draft)
    km = "\n\n".join(
        [
            "ក្រសួងរ៉ែ និងថាមពល",
            "ទីក្រុងវៀងច័ន្ទ៖ នារសៀលថ្ងៃព្រហស្បតិ៍ ទី២៦ ខែកញ្ញា ឆ្នាំ២០២៤ ឯកឧត្តម កែវ រតនៈ "
            "បានជួបពិភាក្សាជាមួយ ឯកឧត្តម ប៊ុនថុង ឌីវិសៃ រដ្ឋមន្ត្រីឡាវ។",
            "ធ្វើនៅរាជធានីភ្នំពេញ ថ្ងៃទី២៧ ខែកញ្ញា ឆ្នាំ២០២៤",
        ]
    )
    draft = extract(km, KH_LA, reference_date=dt.date(2024, 9, 27))
    assert draft.city == "Vientiane", describe(draft)


def test_khmer_a_vice_ministers_title_after_the_name_and_none_taken_across_a_verb():
    """ "… បានជួបសម្តែងការគួរសមជាមួយ លោក លី ជាង អនុរដ្ឋមន្ត្រីសុខាភិបាលចិន" (paid a courtesy
    call on Mr Li Jiang, China's Vice Minister of Health): his title is his own, not the
    Cambodian minister's before the verb, and it names his side."""
    text = "\n\n".join(
        [
            "ក្រសួងសុខាភិបាល",
            "សៀមរាប៖ នារសៀលថ្ងៃច័ន្ទ ទី១០ ខែមីនា ឆ្នាំ២០២៥ ឯកឧត្តមបណ្ឌិត ម៉ម ប៊ុនហេង "
            "រដ្ឋមន្ត្រីក្រសួងសុខាភិបាល បានជួបសម្តែងការគួរសមជាមួយ លោក លី ជាង "
            "អនុរដ្ឋមន្ត្រីសុខាភិបាលចិន។",
            "ភាគីទាំងពីរបានឯកភាពពង្រឹងកិច្ចសហប្រតិបត្តិការ។",
        ]
    )
    draft = extract(text, KH_CN, reference_date=dt.date(2025, 3, 11))
    found = {p.name: p for p in draft.participants}
    assert found["លី ជាង"].side == "China", describe(draft)
    assert found["លី ជាង"].title.startswith("អនុរដ្ឋមន្ត្រី"), describe(draft)


def test_chinese_a_deputy_secretarys_title_and_transliterations_with_a_short_first_part():
    """ "省委副书记、省长施小琳": no one is called 省委副; "林·索迪" (a first part of one
    character) is a name; "就任副首相后首次访问" names no one after the title."""
    text = "\n\n".join(
        [
            "四川省人民政府",
            "6月11日，省委书记王晓晖在成都会见柬埔寨副首相兼公职部大臣洪马尼一行。"
            "省委副书记、省长施小琳参加会见。柬埔寨公职部国务秘书林·索迪等参加。",
            "据悉，这是洪马尼就任副首相后首次访问四川。双方同意加强合作。",
        ]
    )
    draft = extract(text, KH_CN, reference_date=dt.date(2025, 6, 12))
    found = {p.name: p.side for p in draft.participants}
    assert found.get("林·索迪") == "Cambodia", describe(draft)
    assert found.get("施小琳") == "China", describe(draft)
    assert not {"省委副", "后首次"} & set(found), describe(draft)


def test_officials_of_a_city_or_a_peoples_committee_and_a_title_with_an_acronym():
    """ "釜山市经济副市长金在勋": Busan's deputy mayor is Korean though the embassy issues it;
    "ប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត…" (chairman of a People's Committee) is Vietnamese;
    "រដ្ឋមន្ត្រីនៃរដ្ឋបាលគយទូទៅ (GACC) នៃ…ចិន": the acronym does not end the title."""
    zh = "\n\n".join(
        [
            "中华人民共和国驻大韩民国大使馆",
            "2024年4月17日，驻韩国大使邢海明在釜山市厅拜会釜山广域市市长朴亨埈。"
            "驻釜山总领事王永刚，釜山市经济副市长金在勋等在座。",
            "双方同意加强合作。",
        ]
    )
    draft = extract(
        zh, Settings(countries=["China", "Republic of Korea"]), reference_date=dt.date(2024, 4, 18)
    )
    found = {p.name: p.side for p in draft.participants}
    assert found.get("金在勋") == "Republic of Korea", describe(draft)
    assert found.get("王永刚") == "China", describe(draft)
    km = "\n\n".join(
        [
            "រដ្ឋបាលខេត្តកំពត",
            "នាថ្ងៃទី១៦ ខែវិច្ឆិកា ឆ្នាំ២០២៣ ឯកឧត្តម ម៉ៅ ធនិន អភិបាលខេត្តកំពត បានទទួលជួប "
            "ឯកឧត្តម ឡាំ មិញថាញ់ ប្រធានគណៈកម្មាធិការប្រជាជនខេត្តកៀនយ៉ាង។ "
            "ចូលរួមក្នុងជំនួបមាន ឯកឧត្តម យូ ជៀនហួ រដ្ឋមន្ត្រីនៃរដ្ឋបាលគយទូទៅ (GACC) "
            "នៃសាធារណរដ្ឋប្រជាមានិតចិន។",
        ]
    )
    draft = extract(
        km,
        Settings(countries=["Cambodia", "Viet Nam", "China"]),
        reference_date=dt.date(2023, 11, 17),
    )
    found = {p.name: p.side for p in draft.participants}
    assert found.get("ឡាំ មិញថាញ់") == "Viet Nam", describe(draft)
    assert found.get("យូ ជៀនហួ") == "China", describe(draft)


def test_khmer_police_and_army_ranks_before_a_name_and_a_commissioners_title():
    """ "ពលតម្រួតឯក គិត្តិរ័ត្ន ពន្ធ៍ពេជ្រ" (Police General …) and "នាយឧត្តមសេនីយ៍ សា ថេត" (General
    …): a rank alone before a name is its honorific; "ស្នងការ…" (commissioner) after a name
    is a title, not a third word of the name."""
    text = "\n\n".join(
        [
            "អគ្គស្នងការដ្ឋាននគរបាលជាតិ",
            "នាថ្ងៃទី១៩ ខែកុម្ភៈ ឆ្នាំ២០២៥ នាយឧត្តមសេនីយ៍ សា ថេត អគ្គស្នងការនគរបាលជាតិ "
            "បានដឹកនាំកិច្ចប្រជុំតាមប្រព័ន្ធវីដេអូ ជាមួយ ពលតម្រួតឯក គិត្តិរ័ត្ន ពន្ធ៍ពេជ្រ "
            "អគ្គស្នងការនគរបាលជាតិថៃ។ ខាងភាគីថៃមាន ពលតម្រួតទោ ថាណាវុធ ស្រីសុវណ្ណ "
            "ស្នងការការិយាល័យស៊ើបអង្កេត។",
            "ភាគីទាំងពីរបានឯកភាពពង្រឹងកិច្ចសហប្រតិបត្តិការ។",
        ]
    )
    draft = extract(text, KH_TH, reference_date=dt.date(2025, 2, 20))
    found = {p.name: p.side for p in draft.participants}
    assert found.get("គិត្តិរ័ត្ន ពន្ធ៍ពេជ្រ") == "Thailand", describe(draft)
    assert found.get("ថាណាវុធ ស្រីសុវណ្ណ") == "Thailand", describe(draft)
    assert found.get("សា ថេត") == "Cambodia", describe(draft)


def test_chinese_who_travels_with_the_leader_and_a_meeting_later_in_a_long_release():
    filler = [f"双方同意加强第{n}领域合作。" for n in range(11)]
    text = "\n\n".join(
        [
            "东方日报",
            "【本报讯】马来西亚首相安华昨（21日）在雅加达与印尼总统普拉博沃举行会谈。",
            "随同首相出访的包括外交部长拿督斯里莫哈末哈山及人力资源部长沈志强。",
            *filler,
            "同日，印尼国会议长布安在雅加达会见安华。",
        ]
    )
    draft = extract(
        text, Settings(countries=["Malaysia", "Indonesia"]), reference_date=dt.date(2025, 8, 22)
    )
    found = {p.name: p.side for p in draft.participants}
    assert found.get("沈志强") == "Malaysia", describe(draft)
    assert "布安" in found, describe(draft)


def test_khmer_arabic_names_with_al_and_a_delegations_members():
    """ "ថានី ប៊ិន អាម៉ែដ អាល់ ហ្សេយូឌី" (Thani bin Ahmed Al Zeyoudi) is one name; "គណៈប្រតិភូ UAE
    រួមមាន លោក សាអ៊ីដ អាល់ ម៉ារី …" (the UAE delegation included Saeed Al Marri …) names
    members."""
    text = "\n\n".join(
        [
            "ក្រុមប្រឹក្សាអភិវឌ្ឍន៍កម្ពុជា",
            "នាថ្ងៃទី១៧ ខែកុម្ភៈ ឆ្នាំ២០២៥ ឯកឧត្តម សុន ចាន់ថុល ឧបនាយករដ្ឋមន្ត្រី "
            "បានទទួលជួបពិភាក្សាជាមួយ ឯកឧត្តមបណ្ឌិត ថានី ប៊ិន អាម៉ែដ អាល់ ហ្សេយូឌី "
            "រដ្ឋមន្ត្រីពាណិជ្ជកម្មក្រៅប្រទេសនៃអេមីរ៉ាតអារ៉ាប់រួម។",
            "គណៈប្រតិភូ UAE រួមមាន លោក សាអ៊ីដ អាល់ ម៉ារី នាយកប្រតិបត្តិ។",
        ]
    )
    draft = extract(
        text,
        Settings(countries=["Cambodia", "United Arab Emirates"]),
        reference_date=dt.date(2025, 2, 18),
    )
    names = {p.name for p in draft.participants}
    assert {"ថានី ប៊ិន អាម៉ែដ អាល់ ហ្សេយូឌី", "សាអ៊ីដ អាល់ ម៉ារី"} <= names, describe(draft)


def test_chinese_who_took_part_in_the_meeting_besides_the_principals():
    """ "参与会议的还有…部长拿督斯里朱莱希纳拉威" (also taking part were …) names participants."""
    text = "\n\n".join(
        [
            "诗华日报",
            "【古晋10日讯】副首相法迪拉尤索夫昨日与印尼能源部长巴利尔·拉哈达利亚举行视频会议。",
            "双方同意加快电网互联。",
            "参与会议的还有砂拉越公用事业部长拿督斯里朱莱希纳拉威，印尼方面则有电力总司长"
            "维迪约普拉塞蒂约等官员。",
        ]
    )
    draft = extract(
        text, Settings(countries=["Malaysia", "Indonesia"]), reference_date=dt.date(2025, 4, 10)
    )
    found = {p.name: p.side for p in draft.participants}
    assert {"朱莱希纳拉威", "维迪约普拉塞蒂约"} <= set(found), describe(draft)
