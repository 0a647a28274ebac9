"""The fourth collection's lessons, each a rule of how releases name people, places and
dates, tested on texts written here: long names with particles and their short forms, titles
that run on before a name, sides a sentence states, one-word names, seats of government,
Chinese and Khmer ranks, page counters and datelines, and the commitments a desk tracks."""

from __future__ import annotations

import datetime as dt

from importer_helpers import describe
from importer_helpers import draft_for as _draft
from importer_helpers import only_item as _item
from importer_helpers import sides_by_name as _people

from briefing.importers.places import load_gazetteer
from briefing.model import BOTH


def _ticked(draft) -> list[str]:
    return [c.text for c in draft.commitments if c.keep]


def _release(*paragraphs: str) -> str:
    return "\n\n".join(["Press release", "12 June 2025", *paragraphs, "Share this page"])


# --------------------------------------------------------------------------- English names


def test_a_long_name_with_particles_and_its_short_form_later_are_one_person():
    draft = _draft(
        _release(
            "The Minister of Foreign Affairs of Angola (MIREX), Tete António, and his "
            "Brazilian counterpart, Mauro Luiz Iecker Vieira, held talks in Luanda on Tuesday. "
            "The Ambassador of Portugal, João Manuel dos Santos Carvalho de Almeida Tavares, "
            "attended the meeting.",
            "Minister Tavares said Portugal will fund two schools.",
        ),
        "Angola",
        "Brazil",
    )
    names = [p.name for p in draft.participants]
    assert "João Manuel dos Santos Carvalho de Almeida Tavares" in names, describe(draft)
    assert not any(n == "Tavares" or n.endswith("Tavares") and n != names[-1] for n in names)
    assert _people(draft).get("Tete António") == "Angola", describe(draft)
    assert _people(draft).get("Mauro Luiz Iecker Vieira") == "Brazil", describe(draft)


def test_jr_keeps_its_dot_and_short_given_names_are_part_of_the_name():
    draft = _draft(
        _release(
            "Secretary of Finance Ralph G. Recto Jr. met Bangladesh's Finance Adviser "
            "Md. Salehuddin Ahmed in Manila on Monday.",
        ),
        "Philippines",
        "Bangladesh",
    )
    names = [p.name for p in draft.participants]
    assert "Ralph G. Recto Jr." in names and "Md. Salehuddin Ahmed" in names, describe(draft)


def test_a_title_held_at_an_office_and_a_title_that_runs_through_a_department():
    draft = _draft(
        _release(
            "State Secretary at the Federal Ministry of Defence Dr. Nils Hilmer met the "
            "Ambassador of Mongolia on Friday.",
            "The talks were attended by Director of the Europe and Americas Department of the "
            "Mongolian MFA Bat-Erdene Gombo and Head of Division Anna Keller.",
        ),
        "Germany",
        "Mongolia",
    )
    by_name = {p.name: p for p in draft.participants}
    assert by_name["Nils Hilmer"].title == "State Secretary at the Federal Ministry of Defence"
    assert "Bat-Erdene Gombo" in by_name, describe(draft)
    assert by_name["Bat-Erdene Gombo"].title.startswith("Director of the Europe and Americas")
    # a title that runs on without naming a person does not swallow one
    assert not any("Department" in n or "Mongolian" in n for n in by_name), describe(draft)


def test_the_side_a_sentence_states_before_a_person():
    draft = _draft(
        _release(
            "Foreign Minister Anita Anand received Chile's Foreign Minister Alberto van "
            "Klaveren in Ottawa on Monday.",
            "Also present at the meeting were Deputy Minister David Morrison and, from the "
            "Chilean delegation, Ambassador Beatriz Sánchez Muñoz.",
        ),
        "Canada",
        "Chile",
    )
    people = _people(draft)
    assert people.get("Beatriz Sánchez Muñoz") == "Chile", describe(draft)
    assert people.get("Alberto van Klaveren") == "Chile", describe(draft)


def test_a_one_word_name_after_a_title_that_says_whose():
    draft = _draft(
        _release(
            "Thai Foreign Minister Maris Sangiampongsa received his Indonesian counterpart "
            "Sugiono in Bangkok on Monday.",
            "Sugiono said Indonesia will send 40 teachers.",
        ),
        "Thailand",
        "Indonesia",
    )
    assert _people(draft).get("Sugiono") == "Indonesia", describe(draft)
    assert _item(draft, "40 teachers").side == "Indonesia"


def test_a_seat_of_government_names_the_side_of_its_officials():
    draft = _draft(
        "\n\n".join(
            [
                "The White House",
                "Readout of President's Call with President of Finland",
                "May 2, 2025",
                "President Donald J. Trump spoke today with President Alexander Stubb of "
                "Finland. President Trump said the United States will deliver two icebreakers.",
            ]
        ),
        "United States",
        "Finland",
    )
    people = _people(draft)
    assert people.get("Donald J. Trump") == "United States", describe(draft)
    assert people.get("Alexander Stubb") == "Finland", describe(draft)


def test_general_is_a_rank_before_a_name_but_part_of_secretary_general():
    draft = _draft(
        _release(
            "Minister of Defence General Chalermpol Srisawat met Secretary-General Kao Kim "
            "Hourn in Jakarta on Monday.",
        ),
        "Thailand",
        "Indonesia",
    )
    by_name = {p.name: p for p in draft.participants}
    assert by_name["Chalermpol Srisawat"].honorific == "General", describe(draft)
    assert by_name.get("Kao Kim Hourn") is None or by_name["Kao Kim Hourn"].honorific != "General"


def test_an_ngo_officer_quoted_in_prose_is_no_participant():
    draft = _draft(
        _release(
            "Labour Minister Heng Sour held talks with the Korean Ambassador Park Jeong-wook "
            "in Phnom Penh on Monday.",
            "Sok Dara, executive director of the migrant rights group LICADHO, welcomed the talks.",
        ),
        "Cambodia",
        "Republic of Korea",
    )
    assert "Sok Dara" not in _people(draft), describe(draft)


# --------------------------------------------------------------------------- page layout


def test_a_headline_under_a_short_masthead_stays_the_title_and_names_no_side():
    draft = _draft(
        "\n\n".join(
            [
                "Federal Foreign Office",
                "Skip to main content",
                "Home > Newsroom > Press releases",
                "Minister of State Fischer in Laos: talks on demining and trade",
                "14.03.2025 - Press release",
                "Minister of State at the Federal Foreign Office Dr. Anna Fischer held talks in "
                "Vientiane on Wednesday with Laos's Minister of Foreign Affairs Thongsavanh "
                "Phomvihane. Fischer was accompanied by Commissioner Dr. Jan Ott.",
                "Germany will provide 3 million euros for mine clearance.",
            ]
        ),
        "Germany",
        "Lao PDR",
    )
    assert draft.title.startswith("Minister of State Fischer in Laos"), describe(draft)
    assert draft.issuer == "Federal Foreign Office"
    people = _people(draft)
    assert people.get("Anna Fischer") == "Germany" and people.get("Jan Ott") == "Germany"


def test_page_counters_are_furniture_and_a_wire_dateline_may_have_no_dash():
    draft = _draft(
        "\n\n".join(
            [
                "India and Chile sign two pacts",
                "Updated: Mar 3 2025 8:47PM IST",
                "Read Time: 2 min",
                "Views: 1,204",
                "New Delhi, Mar 3 (PTI) India and Chile on Monday signed two agreements as "
                "External Affairs Minister S Jaishankar held talks with Chilean Foreign "
                "Minister Alberto van Klaveren here.",
            ]
        ),
        "India",
        "Chile",
    )
    assert (draft.city, draft.country) == ("New Delhi", "India"), describe(draft)
    assert draft.meeting_date == dt.date(2025, 3, 3), describe(draft)


def test_the_lead_dateline_dates_the_meeting_before_an_event_further_down():
    draft = _draft(
        "\n\n".join(
            [
                "Ministry of Foreign Affairs",
                "Astana, May 17, 2025 – Deputy Minister Roman Vassilenko held political "
                "consultations with Secretary of State Kung Phoak of Cambodia.",
                "The Cambodian side was represented by Ambassador Sar Sovann.",
                "The parties discussed the results of the elections held on March 19, 2025.",
            ]
        ),
        "Kazakhstan",
        "Cambodia",
    )
    assert draft.meeting_date == dt.date(2025, 5, 17), describe(draft)
    assert (draft.city, draft.country) == ("Astana", "Kazakhstan")
    assert _people(draft).get("Sar Sovann") == "Cambodia", describe(draft)


# --------------------------------------------------------------------------- commitments


def test_agreements_on_meetings_documents_and_invitations_are_tracked():
    draft = _draft(
        _release(
            "Foreign Minister Cho Tae-yul held talks with Foreign Minister Sok Chenda Sophea "
            "in Seoul on Monday.",
            "The two ministers agreed that the joint consular task force would hold its first "
            "meeting in Phnom Penh before the end of July.",
            "It was agreed that the next round of consultations will be held in Phnom Penh "
            "in 2026.",
            "Following the talks, the ministers signed a Programme of Cooperation between the "
            "two ministries.",
            "Sok Chenda Sophea invited Cho Tae-yul to visit Cambodia. The Minister accepted "
            "the invitation.",
            "The parties agreed to continue to strengthen cooperation.",
        ),
        "Republic of Korea",
        "Cambodia",
    )
    ticked = " | ".join(_ticked(draft))
    for words in ("task force", "next round", "Programme of Cooperation", "accepted"):
        assert words in ticked, describe(draft)
    assert "strengthen cooperation" not in ticked
    assert _item(draft, "continue to strengthen").side == BOTH


def test_the_prime_minister_is_not_every_minister():
    draft = _draft(
        _release(
            "Prime Minister Xanana Gusmão received Minister Paulo Rangel of Portugal in Dili "
            "on Tuesday, together with Minister of Foreign Affairs Bendito Freitas.",
            "The Prime Minister asked Portugal to train 50 judges.",
        ),
        "Timor-Leste",
        "Portugal",
    )
    assert _item(draft, "train 50 judges").side == "Timor-Leste", describe(draft)


# --------------------------------------------------------------------------- Chinese


def test_chinese_ranks_end_names_and_four_character_names_stand_before_a_title():
    draft = _draft(
        "\n\n".join(
            [
                "国防部新闻",
                "2025年6月26日",
                "6月26日，国防部长董军在北京会见柬埔寨副首相迪西哈。柬方代表团成员、"
                "柬埔寨国防部国务秘书涅萨翁上将，柬埔寨驻华大使馆武官占速帕少将参加会见。",
                "杭尊纳隆大臣表示，柬方愿派遣100名学员来华培训。",
            ]
        ),
        "China",
        "Cambodia",
    )
    names = set(_people(draft))
    assert {"涅萨翁", "占速帕"} <= names, describe(draft)
    assert not any(n.endswith(("上", "少")) or "馆" in n or n == "参加" for n in names)


def test_a_chinese_post_abroad_gives_the_other_side_and_joint_is_no_place():
    draft = _draft(
        "\n\n".join(
            [
                "星暹日报",
                "2025年1月14日",
                "（曼谷13日讯）泰国旅游与体育部长梭拉旺·天通10日在曼谷会见柬埔寨旅游部大臣胡哈，"
                "驻泰国大使馆公使衔参赞宋索帕陪同会见。双方发表联合声明。",
            ]
        ),
        "Thailand",
        "Cambodia",
    )
    assert _people(draft).get("宋索帕") == "Cambodia", describe(draft)
    assert (draft.city, draft.country) == ("Bangkok", "Thailand"), describe(draft)


def test_everyday_chinese_words_are_no_towns():
    gazetteer = load_gazetteer()
    for word in ("联合", "来宾", "民主", "胜利"):
        assert gazetteer.lookup(word) is None, word
    assert gazetteer.native_in("双方发表联合声明，欢迎来宾") == []


# --------------------------------------------------------------------------- Khmer


def test_khmer_ranks_fused_to_an_honorific_and_a_later_short_naming():
    draft = _draft(
        "\n\n".join(
            [
                "ក្រសួងអប់រំ យុវជន និងកីឡា",
                "ភ្នំពេញ៖ នៅថ្ងៃទី១៩ ខែមីនា ឆ្នាំ២០២៤ ឯកឧត្តម ហង់ជួន ណារ៉ុន រដ្ឋមន្ត្រីក្រសួងអប់រំ "
                "បានទទួលជួបពិភាក្សាការងារជាមួយ ឯកឧត្តមប៉ូលីសឧត្តមសេនីយ៍ ពើមពូន ឈិតឆប់ "
                "រដ្ឋមន្ត្រីក្រសួងអប់រំនៃព្រះរាជាណាចក្រថៃ។",
                "ឯកឧត្តម ពើមពូន បានប្រកាសថា ថៃនឹងផ្តល់អាហារូបករណ៍ចំនួន ៥០។",
            ]
        ),
        "Cambodia",
        "Thailand",
    )
    people = {p.name: p for p in draft.participants}
    assert "ពើមពូន ឈិតឆប់" in people, describe(draft)
    assert people["ពើមពូន ឈិតឆប់"].honorific == "ឯកឧត្តមប៉ូលីសឧត្តមសេនីយ៍"
    assert people["ពើមពូន ឈិតឆប់"].side == "Thailand"
    assert "ពើមពូន" not in people and len(people) == 2, describe(draft)


def test_long_transliterated_chinese_names_after_a_title_but_not_a_chained_title():
    draft = _draft(
        "\n\n".join(
            [
                "东方日报",
                "2025年8月22日",
                "（雅加达22日讯）首相拿督斯里安华今日在独立宫与印尼总统普拉博沃苏比安托举行双边"
                "会谈。随同出访的包括投资、贸易及工业部长东姑扎夫鲁及人力资源部长沈志强。"
                "柬埔寨副首相兼内政部长韶速卡出席。",
            ]
        ),
        "Malaysia",
        "Indonesia",
    )
    names = set(_people(draft))
    assert {"普拉博沃苏比安托", "东姑扎夫鲁", "沈志强", "韶速卡"} <= names, describe(draft)
    assert not any(n.startswith("兼") or "部长" in n for n in names), describe(draft)


def test_a_khmer_title_before_the_honorific_and_a_name_glossed_in_latin():
    draft = _draft(
        "\n\n".join(
            [
                "ទូរទស្សន៍ជាតិកម្ពុជា",
                "ផ្សាយ៖ ០៥ វិច្ឆិកា ២០២៥",
                "ម៉ានីល៖ រដ្ឋមន្ត្រីការបរទេសហ្វីលីពីន លោកស្រី ម៉ារីយ៉ា តេរ៉េសា ឡាហ្សារ៉ូ "
                "(Ma. Theresa P. Lazaro) កាលពីថ្ងៃអង្គារ បានសន្ទនាតាមទូរស័ព្ទជាមួយ "
                "រដ្ឋមន្ត្រីការបរទេសជប៉ុន លោក ម៉ូតេហ្គី តូស៊ីមីត្ស៊ឹ (MOTEGI Toshimitsu)។",
            ]
        ),
        "Philippines",
        "Japan",
    )
    people = {p.name: p for p in draft.participants}
    assert people["ម៉ារីយ៉ា តេរ៉េសា ឡាហ្សារ៉ូ"].side == "Philippines", describe(draft)
    assert people["ម៉ូតេហ្គី តូស៊ីមីត្ស៊ឹ"].side == "Japan", describe(draft)
    assert people["ម៉ូតេហ្គី តូស៊ីមីត្ស៊ឹ"].title.startswith("រដ្ឋមន្ត្រីការបរទេស")


def test_a_chinese_report_date_is_not_the_meeting_date_and_today_leads():
    reported = _draft(
        "\n\n".join(
            [
                "澎湃新闻",
                "2024-06-20 11:26　来源：澎湃新闻",
                "据“云南发布”微信公众号6月20日消息，6月19日下午，云南省委书记王宁在昆明会见了"
                "柬埔寨副首相孙占托。",
            ]
        ),
        "China",
        "Cambodia",
    )
    assert reported.meeting_date == dt.date(2024, 6, 19), describe(reported)
    today = _draft(
        "\n\n".join(
            [
                "东方日报",
                "2025年8月22日",
                "（雅加达22日讯）首相安华今日在独立宫与印尼总统普拉博沃举行双边会谈。",
                "安华是于昨日（21日）抵达雅加达，展开为期两天的工作访问。",
            ]
        ),
        "Malaysia",
        "Indonesia",
    )
    assert today.meeting_date == dt.date(2025, 8, 22), describe(today)


def test_post_nominals_state_forms_and_a_possessive_country_before_a_title():
    draft = _draft(
        _release(
            "The Hon Richard Marles MP, Deputy Prime Minister, met President of the Democratic "
            "Socialist Republic of Sri Lanka Anura Kumara Dissanayake in Colombo on Monday.",
            "Heng Sour, Cambodia's Minister of Labour and Vocational Training, joined the talks, "
            "with Chairman of the Standing Committee of the National People's Congress Zhao "
            "Leji.",
        ),
        "Australia",
        "Sri Lanka",
    )
    people = _people(draft)
    assert "Richard Marles" in people and "Anura Kumara Dissanayake" in people, describe(draft)
    assert people["Anura Kumara Dissanayake"] == "Sri Lanka"
    assert "Zhao Leji" in people and not any(n.startswith("Congress") for n in people)


def test_those_who_accompany_a_person_are_of_that_persons_side():
    draft = _draft(
        _release(
            "Communications Minister Fahmi Fadzil received Cambodian Information Minister Neth "
            "Pheaktra in Putrajaya on Monday. Neth Pheaktra was accompanied by Secretary of State "
            "Keo Sopheak and Director-General Sok Dara.",
        ),
        "Malaysia",
        "Cambodia",
    )
    people = _people(draft)
    assert people.get("Keo Sopheak") == "Cambodia" and people.get("Sok Dara") == "Cambodia", (
        describe(draft)
    )


def test_a_title_run_stops_at_the_next_person():
    draft = _draft(
        _release(
            "Talks were held between H.E. Sok Chenda Sophea, Deputy Prime Minister, Minister "
            "of Foreign Affairs and International Cooperation of the Kingdom of Cambodia and "
            "H.E. Cho Tae-yul, Minister of Foreign Affairs of the Republic of Korea, in New York.",
        ),
        "Cambodia",
        "Republic of Korea",
    )
    people = {p.name: p for p in draft.participants}
    assert people["Cho Tae-yul"].side == "Republic of Korea", describe(draft)
    assert "Cambodia" not in people["Cho Tae-yul"].title


def test_khmer_foreign_envoys_malay_names_and_honorary_doctors():
    draft = _draft(
        "\n\n".join(
            [
                "ក្រសួងអភិវឌ្ឍន៍ជនបទ",
                "ភ្នំពេញ៖ ម្សិលមិញ ឯកឧត្តម អ៊ុក រ៉ាប៊ុន រដ្ឋមន្ត្រីក្រសួងអភិវឌ្ឍន៍ជនបទ បានទទួលជួបជាមួយ "
                "លោកជំទាវ ដេវយ៉ានី អ៊ូតាម ខូប្រាហ្គាដេ (Devyani Uttam Khobragade) "
                "ឯកអគ្គរាជទូតប្រចាំព្រះរាជាណាចក្រកម្ពុជា។",
                "កិច្ចជួបនេះមាន លោកជំទាវកិត្តិសង្គហបណ្ឌិត អ៊ឹង កន្ថាផាវី និង ដាតុ ស៊េរី "
                "ម៉ូហាម៉ាត់ ប៊ិន ហាជី ហាសាន់ ចូលរួមផងដែរ។",
            ]
        ),
        "Cambodia",
        "India",
    )
    people = {p.name: p for p in draft.participants}
    envoy = people.get("ដេវយ៉ានី អ៊ូតាម ខូប្រាហ្គាដេ")
    assert envoy is not None and envoy.side == "India", describe(draft)
    assert envoy.title.startswith("ឯកអគ្គរាជទូត")
    assert "អ៊ឹង កន្ថាផាវី" in people, describe(draft)
    assert "ម៉ូហាម៉ាត់ ប៊ិន ហាជី ហាសាន់" in people, describe(draft)


def test_chinese_transliterated_honorifics_and_provincial_officials():
    draft = _draft(
        "\n\n".join(
            [
                "柬中时报",
                "2024年5月23日",
                "【柬中时报讯】柬埔寨王国首相萨姆德·莫哈·波瓦·蒂巴代·洪玛奈昨日（22日）下午在金边"
                "会见了广西壮族自治区党委书记刘宁。广西壮族自治区党委常委、秘书长蓝卫东，"
                "自治区副主席周海平参加会见。",
            ]
        ),
        "Cambodia",
        "China",
    )
    people = _people(draft)
    assert people.get("洪玛奈") == "Cambodia", describe(draft)
    assert people.get("蓝卫东") == "China" and people.get("周海平") == "China", describe(draft)
    assert not any("萨姆德" in n for n in people)


def test_a_given_name_that_is_also_a_rank_and_malay_honorifics_name_their_side():
    draft = _draft(
        _release(
            "Minister of Defense NAKATANI Gen held talks with Minister of Defence of Malaysia "
            "Dato' Seri Mohamed Khaled bin Nordin in Tokyo on Thursday.",
            "Also present was Deputy Secretary General Datuk Azman bin Abdul Rahim.",
        ),
        "Japan",
        "Malaysia",
    )
    people = _people(draft)
    assert people.get("NAKATANI Gen") == "Japan", describe(draft)
    assert people.get("Azman bin Abdul Rahim") == "Malaysia", describe(draft)


def test_every_capital_is_known_under_its_usual_name():
    gazetteer = load_gazetteer()
    for country, city in (
        ("Mongolia", "Ulaanbaatar"),
        ("Kazakhstan", "Astana"),
        ("India", "New Delhi"),
        ("Colombia", "Bogotá"),
        ("Iceland", "Reykjavík"),
    ):
        assert gazetteer.capitals[country].name == city
    assert gazetteer.lookup("Ulan Bator").name == "Ulaanbaatar"


def test_a_page_date_line_and_a_wire_dateline_under_the_headline():
    draft = _draft(
        "\n\n".join(
            [
                "National News Bureau",
                "Home | Politics | Economy | Foreign Affairs",
                "Economy",
                "Thailand, Laos set trade target",
                "Friday, 26 January 2024 10:42 | Views 1,284\nBy Pimchanok S. | Rewriter: Anan T.",
                "CHIANG MAI, Jan 26 (NNT) - Thailand and Laos agreed to double trade, Commerce "
                "Minister Phumtham Wechayachai said after talks with his Lao counterpart on "
                "Thursday.",
            ]
        ),
        "Thailand",
        "Lao PDR",
    )
    assert draft.issue_date == dt.date(2024, 1, 26), describe(draft)
    assert draft.meeting_date == dt.date(2024, 1, 25), describe(draft)
    assert (draft.city, draft.country) == ("Chiang Mai", "Thailand"), describe(draft)


def test_taiwan_writes_the_day_in_brackets():
    draft = _draft(
        "\n\n".join(
            [
                "自由時報",
                "2024/06/21 05:30",
                "〔國際新聞中心／綜合報導〕日本防衛大臣木原稔昨（20）日在東京與菲律賓國防部長鐵歐多洛會談。",
            ]
        ),
        "Japan",
        "Philippines",
    )
    assert draft.meeting_date == dt.date(2024, 6, 20), describe(draft)


def test_hyphenated_ranks_and_a_surname_ma_at_a_sentence_end():
    from briefing.importers.persons import find_mentions
    from briefing.importers.rules import load_rules

    rules = load_rules()
    names = [m.name for m in find_mentions("Lieutenant-General Sok Phal met Kao Kim Hourn.", rules)]
    assert "Sok Phal" in names
    text = "Minister Kao Kim Hourn met Chinese entrepreneur Mr Jack Ma. Sok Phal also attended."
    assert "Jack Ma" in [m.name for m in find_mentions(text, rules)]


def test_a_title_word_inside_a_name_and_a_deputy_named_in_apposition():
    draft = _draft(
        "KUALA LUMPUR, Aug 20 — Tourism, Arts and Culture Minister Datuk Seri Tiong King Sing "
        "received his Cambodian counterpart Huot Hak at Menara MOTAC in Putrajaya on Monday.\n\n"
        "Tiong was accompanied by his deputy, Khairul Firdaus Akbar Khan, while Huot Hak was "
        "accompanied by Secretary of State Chhun Vannak.\n",
        "Cambodia",
        "Malaysia",
    )
    sides = _people(draft)
    assert sides.get("Tiong King Sing") == "Malaysia", describe(draft)
    assert sides.get("Khairul Firdaus Akbar Khan") == "Malaysia"
    assert sides.get("Huot Hak") == "Cambodia" and sides.get("Chhun Vannak") == "Cambodia"
    # a monarch after a name is not part of it
    from briefing.importers.persons import find_mentions
    from briefing.importers.rules import load_rules

    text = "Prime Minister Hun Manet and His Majesty King Norodom Sihamoni attended."
    names = [m.name for m in find_mentions(text, load_rules())]
    assert "Hun Manet" in names and "Norodom Sihamoni" in names


def test_a_counterpart_named_only_later_and_the_side_of_who_called_him():
    draft = _draft(
        "(AGN) - ROME, NOV 19 - Italy and Cambodia have agreed to hold a business forum, "
        "Foreign Minister Antonio Tajani said Tuesday after a video call with his Cambodian "
        "counterpart on Monday.\n\n"
        "Tajani said the Italian Trade Agency would open a desk in Phnom Penh.\n\n"
        "Cambodian Deputy Prime Minister and Foreign Minister Sok Chenda Sophea asked for "
        "Italy's support in the European Union.\n",
        "Cambodia",
        "Italy",
    )
    sides = _people(draft)
    assert sides.get("Antonio Tajani") == "Italy", describe(draft)
    assert sides.get("Sok Chenda Sophea") == "Cambodia"


def test_a_title_that_names_cambodia_elsewhere_and_hosts_of_a_visitor_by_nationality():
    # Italy's ministry has the title Cambodia's has: no Cambodian side in a meeting without it
    draft = _draft(
        "Date: 17/10/2024\n\nItaly and Viet Nam will double trade, said Deputy Prime Minister "
        "and Minister of Foreign Affairs and International Cooperation Antonio Tajani at the "
        "end of his meeting today at the Farnesina with the Minister of Foreign Affairs of "
        "Viet Nam, Bui Thanh Son.\n\nThe Vietnamese Minister is in Italy on an official visit "
        "from 16 to 18 October. The meeting was also attended by Undersecretary of State "
        "Maria Tripodi.\n",
        "Italy",
        "Viet Nam",
    )
    sides = _people(draft)
    assert "Cambodia" not in sides.values(), describe(draft)
    assert sides.get("Antonio Tajani") == "Italy" and sides.get("Maria Tripodi") == "Italy"
    assert sides.get("Bui Thanh Son") == "Viet Nam"


def test_spanish_names_with_de_la():
    from briefing.importers.persons import find_mentions
    from briefing.importers.rules import load_rules

    text = "The meeting was attended by Ambassador Álvaro Iranzo de la Fuente and others."
    assert "Álvaro Iranzo de la Fuente" in [m.name for m in find_mentions(text, load_rules())]
