"""Sanity check for the press-release evaluation corpus.

Run with the project's venv:  .venv/bin/python tests/briefing/importers/corpus/check_labels.py

Checks that labels.json parses, that every labelled file exists, that the
dev/held-out split follows the rule in README.md, that enumerated fields use
the allowed values, and that every item text, commitment text and
participant name occurs in its release after the cleanup described in
README.md.  Needs python-docx (for .docx) and the `pdftotext` command (for
.pdf); nothing from the project itself.
"""

import datetime
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
AREAS = {
    "political",
    "trade",
    "connectivity",
    "agriculture",
    "energy",
    "development",
    "people",
    "security",
    "law",
    "multilateral",
}
ITEM_KINDS = {"statement", "agreement", "pledge", "request", "concern"}
MEETING_KINDS = {
    "bilateral meeting",
    "official visit",
    "state visit",
    "working visit",
    "meeting on the margins",
    "phone call",
    "video call",
    "joint commission",
    "other",
}
LANGS = {"en", "km", "zh"}
#: Releases written after the first collection of 45 (see README.md, "Added releases"): all dev.
ADDED_TO_DEV = {
    "bernama-2024-11-07-mohamad-hasan-sok-chenda-sophea.txt",
    "cambodianess-2025-01-27-heng-sour-park-jeong-wook.txt",
    "chinadaily-2025-05-14-han-zheng-hun-sen-beijing.txt",
    "dfa-ph-2025-04-09-manalo-maris-manila.pdf",
    "gov-uk-2025-02-20-catherine-west-visits-cambodia.txt",
    "kiripost-2024-10-18-cham-nimul-tengku-zafrul.txt",
    "mfat-nz-2024-04-30-peters-visits-cambodia.docx",
    "moc-km-2025-04-08-cham-nimul-malaithong-kommasith.txt",
    "peopledaily-zh-2025-06-02-ding-xuexiang-bui-thanh-son.txt",
    "phnompenhpost-2023-11-14-sar-sokha-to-lam-hanoi.txt",
    "thmeythmey-km-2024-08-09-dith-tina-ueno-atsushi.txt",
    "vietnamnews-2024-06-11-pham-minh-chinh-sonexay-hanoi.txt",
    "yonhap-2024-09-12-cheong-in-kyo-cham-nimul-seoul.txt",
    "zaobao-zh-2025-03-06-lawrence-wong-hun-manet-singapore.txt",
}
#: The third collection (README.md, "The third collection"): written by people who had not read
#: the importer, in dev and held-out parts chosen before the importer ran on any of them.
THIRD_COLLECTION = {
    "antara-2024-12-05-amran-dith-tina-video.txt": "heldout",
    "ap-2024-10-23-maris-sok-chenda-sophea-bangkok.txt": "heldout",
    "asean-2025-04-23-sok-chenda-sophea-bendito-freitas.txt": "dev",
    "bangkokpost-2025-02-15-maris-sok-chenda-sophea-border.txt": "dev",
    "cctv-zh-2025-10-27-li-qiang-sonexay-kuala-lumpur.txt": "heldout",
    "cgtn-2025-03-26-xi-jinping-thongloun-beijing.txt": "dev",
    "channelnewsasia-2025-09-10-gan-kim-yong-keo-rottanak-power-link.txt": "heldout",
    "china-embassy-th-zh-2024-11-21-han-zhiqiang-suriya.txt": "heldout",
    "chinanews-zh-2025-09-16-zhao-leji-saysomphone.txt": "dev",
    "eeas-2025-11-05-kallas-sok-chenda-sophea-brussels.txt": "dev",
    "gac-2024-07-26-joly-sok-chenda-sophea-vientiane.txt": "dev",
    "globaltimes-zh-2025-04-17-han-jun-narumon-bangkok.txt": "heldout",
    "gnlm-2025-02-11-than-swe-sok-chenda-sophea-nay-pyi-taw.txt": "dev",
    "gov-cn-zh-2025-09-05-he-lifeng-sun-chanthol.txt": "heldout",
    "huashang-zh-2025-05-16-cham-nimul-wang-yubo.txt": "dev",
    "japantimes-2025-03-11-iwaya-sonexay-tokyo.txt": "dev",
    "kampucheathmey-km-2025-03-25-hun-manet-ishiba-phone.txt": "heldout",
    "kantei-2024-10-07-ishiba-hun-manet-telephone.txt": "heldout",
    "khmerdaily-zh-2025-09-17-tea-seiha-wang-wenbin.txt": "heldout",
    "kln-2025-02-13-mohamad-hasan-maris-putrajaya.docx": "dev",
    "kohsantepheap-km-2024-03-13-khuong-sreng-chadchart.txt": "dev",
    "koreanet-2025-10-28-lee-jae-myung-hun-manet-kuala-lumpur.docx": "heldout",
    "maff-km-2024-10-22-dith-tina-mohamad-sabu.txt": "dev",
    "mef-km-2024-10-25-aun-pornmoniroth-park-jeong-wook-edcf.txt": "dev",
    "mfa-bn-2025-03-12-erywan-sok-chenda-sophea.pdf": "dev",
    "mlvt-km-2025-01-17-heng-sour-steven-sim.txt": "heldout",
    "mofcom-zh-2025-04-24-wang-wentao-cham-nimul.txt": "dev",
    "moh-km-2024-11-20-chheang-ra-park-jeong-wook.txt": "heldout",
    "moi-km-2023-12-14-sar-sokha-anutin-siem-reap.txt": "heldout",
    "mond-km-2025-05-08-tea-seiha-phan-van-giang.txt": "dev",
    "mot-km-2022-06-23-thong-khon-phiphat-bangkok.txt": "heldout",
    "mpwt-km-2025-01-24-peng-ponea-suriya-rail-road.txt": "dev",
    "national-assembly-km-2025-04-02-khuon-sudary-tran-thanh-man.txt": "heldout",
    "nhandan-zh-2025-07-23-tran-thanh-man-saysomphone-vientiane.txt": "dev",
    "nhk-2025-05-14-iwaya-sugiono-tokyo.txt": "heldout",
    "nikkei-asia-2025-05-29-ishiba-hun-manet-tokyo.txt": "dev",
    "pm-au-2025-10-28-albanese-pham-minh-chinh-kuala-lumpur.txt": "dev",
    "pmo-my-2025-06-19-anwar-hun-manet-putrajaya.txt": "dev",
    "pna-2025-03-13-frasco-huot-hak-manila.txt": "heldout",
    "postkhmer-km-2025-04-22-sun-chanthol-korean-business.txt": "dev",
    "pti-2025-01-16-jaishankar-bui-thanh-son-joint-commission.txt": "dev",
    "rasmei-km-2025-07-10-peng-ponea-wang-wenbin.txt": "dev",
    "reuters-2025-03-03-hun-manet-paetongtarn-phnom-penh.txt": "dev",
    "rmrb-zh-2024-07-11-li-qiang-hun-manet-beijing.txt": "dev",
    "sabay-km-2024-11-21-kuoch-chamroeun-wang-wenbin.txt": "dev",
    "sinchew-zh-2025-02-20-saifuddin-sar-sokha.txt": "dev",
    "singsian-zh-2025-01-14-sorawong-huot-hak-bangkok.txt": "dev",
    "straitstimes-2024-08-14-ng-eng-hen-tea-seiha.txt": "heldout",
    "takungpao-zh-2025-06-19-wang-xiaohong-sar-sokha-beijing.txt": "heldout",
    "thaigov-2024-07-24-srettha-sun-chanthol.txt": "heldout",
    "thaipbs-2024-03-27-parnpree-sok-chenda-sophea-hua-hin.docx": "heldout",
    "vgp-2025-06-17-pham-minh-chinh-sun-chanthol.pdf": "heldout",
    "vna-2025-03-19-nguyen-hong-dien-cham-nimul-hanoi.txt": "heldout",
    "vnexpress-2025-03-05-pham-minh-chinh-hun-manet-tay-ninh.txt": "dev",
}
#: The fourth collection (README.md, "The fourth collection"): the same way, from 32 more issuers.
FOURTH_COLLECTION = {
    "ahram-2025-04-14-abdelatty-mudavadi-cairo.txt": "heldout",
    "arabnews-2025-02-10-faisal-bin-farhan-sugiono-riyadh.txt": "dev",
    "auswaertiges-amt-2024-03-14-lindner-sok-chenda-sophea.txt": "dev",
    "borneobulletin-2024-05-23-halbi-tea-seiha-defence.txt": "dev",
    "cdc-km-2025-02-18-sun-chanthol-al-zeyoudi.txt": "dev",
    "china-mod-zh-2024-06-26-dong-jun-tea-seiha-beijing.txt": "dev",
    "cnc-km-2025-07-10-sugiono-mohamad-hasan-kuala-lumpur.txt": "dev",
    "dap-km-2024-06-19-hem-vanndy-agus-gumiwang-video.txt": "heldout",
    "idcpc-zh-2023-04-12-liu-jianchao-hun-manet.txt": "heldout",
    "inquirer-2024-09-12-tiu-laurel-dith-tina-munoz.txt": "dev",
    "kazinform-2024-10-08-nurtleu-mohamad-hasan-astana.txt": "dev",
    "koreaherald-2025-10-15-cho-hyun-sok-chenda-sophea-phone.txt": "dev",
    "kremlin-2021-11-18-putin-sadyr-japarov-moscow.txt": "heldout",
    "kwongwah-zh-2024-11-13-mohamad-hasan-sugiono-putrajaya.txt": "heldout",
    "mfa-kz-2023-05-17-vassilenko-kung-phoak-astana.txt": "dev",
    "mindef-sg-2024-01-23-ng-eng-hen-sutin-klungsang.pdf": "dev",
    "mme-km-2024-09-27-keo-rottanak-fadillah-vientiane.txt": "dev",
    "moeys-km-2024-03-20-hang-chuon-naron-permpoon.txt": "dev",
    "mofa-bd-2025-07-11-touhid-hossain-sok-chenda-sophea.docx": "dev",
    "moj-km-2024-02-22-koeut-rith-tawee-sodsong.txt": "heldout",
    "orientaldaily-zh-2025-08-22-anwar-prabowo-jakarta.txt": "dev",
    "philstar-2024-10-03-tiu-laurel-dith-tina-rice.txt": "heldout",
    "pib-2025-03-05-rajnath-singh-teodoro-new-delhi.txt": "dev",
    "saudigazette-2025-01-21-faisal-bin-farhan-sok-chenda-sophea-riyadh.txt": "heldout",
    "tatoli-2024-11-20-bendito-freitas-paulo-rangel-dili.txt": "dev",
    "thehindu-2025-03-11-goyal-ebrard-new-delhi.txt": "heldout",
    "thepaper-zh-2024-06-20-wang-ning-sun-chanthol-kunming.txt": "dev",
    "thescoop-2024-05-16-abdul-manaf-sok-soken.docx": "heldout",
    "tvk-km-2025-11-05-lazaro-motegi-phone.txt": "dev",
    "vov-zh-2025-03-18-nguyen-kim-son-hang-chuon-naron-video.txt": "dev",
    "wenweipo-zh-2025-06-25-li-qiang-pham-minh-chinh-tianjin.txt": "dev",
    "whitehouse-2023-06-13-biden-mohamed-bin-zayed-call.txt": "dev",
}
#: The fifth collection (README.md, "The fifth collection"): the same way, from 30 more issuers.
FIFTH_COLLECTION = {
    "cambodia-embassy-my-km-2024-03-07-ing-kantha-phavi-nancy-shukri.txt": "dev",
    "camboja-2024-03-14-heng-sour-lee-jung-sik-phnom-penh.txt": "dev",
    "cctimes-zh-2024-05-23-hun-manet-liu-ning.txt": "dev",
    "china-embassy-la-zh-2022-10-28-jiang-zaidong-saleumxay.txt": "dev",
    "cnr-zh-2025-05-21-wang-yi-erywan-phone.txt": "heldout",
    "defence-au-2024-11-21-marles-tea-seiha-vientiane.txt": "dev",
    "dirco-2025-06-10-lamola-albares-pretoria.txt": "dev",
    "gulfnews-2025-01-13-mohamed-bin-zayed-tinubu-abu-dhabi.txt": "dev",
    "information-km-2025-03-12-neth-pheaktra-fahmi-fadzil.txt": "heldout",
    "itamaraty-2023-11-07-vieira-bui-thanh-son-brasilia.docx": "heldout",
    "koreatimes-2024-06-04-cho-tae-yul-tuggar-goyang.txt": "heldout",
    "ltn-zh-2024-06-21-kihara-teodoro-tokyo.txt": "dev",
    "mb-2025-06-03-teodoro-nakatani-camp-aguinaldo.txt": "heldout",
    "mfa-mn-2024-05-21-battsetseg-sok-chenda-sophea.docx": "dev",
    "misti-km-2021-11-25-cham-prasidh-mikami-masahiro.txt": "dev",
    "mod-jp-2025-06-12-nakatani-khaled-nordin-tokyo.pdf": "dev",
    "mowram-km-2024-07-17-thor-chetha-dang-quoc-khanh-video.txt": "heldout",
    "mrd-km-2022-09-15-ouk-rabun-devyani-khobragade.txt": "dev",
    "nationthailand-2024-01-18-torsak-sar-thet-phnom-penh.txt": "dev",
    "nokorthom-km-2025-04-01-paetongtarn-sonexay-phone.txt": "dev",
    "nst-2024-09-24-fahmi-neth-pheaktra-putrajaya.txt": "dev",
    "pmo-sg-2024-06-20-lawrence-wong-hun-manet-phone.txt": "dev",
    "prd-th-2024-01-26-phumtham-cham-nimul-nonthaburi.txt": "dev",
    "risingnepal-2025-03-12-oli-dissanayake-phone.txt": "dev",
    "rnz-2024-10-11-luxon-hun-manet-vientiane.txt": "dev",
    "tempo-2024-11-16-prabowo-boluarte-lima.txt": "dev",
    "thejakartapost-2025-09-17-hanif-eang-sophalleth-carbon.txt": "heldout",
    "udnbkk-zh-2024-05-23-sutin-tea-seiha-phnom-penh.txt": "heldout",
    "vientianetimes-2025-11-20-thongloun-hun-sen-vientiane.txt": "heldout",
    "wam-2025-02-19-abdullah-bin-zayed-muhriddin-abu-dhabi.txt": "heldout",
}
#: The sixth collection (README.md, "The sixth collection"): ordinary releases, 33 more issuers.
SIXTH_COLLECTION = {
    "anadolu-2025-04-12-fidan-sok-chenda-sophea-antalya.txt": "dev",
    "ani-2025-11-19-jaishankar-sok-chenda-sophea-new-delhi.txt": "heldout",
    "ansa-2024-11-19-tajani-sok-chenda-sophea-video.txt": "dev",
    "btv-km-2025-03-12-hun-manet-luong-tam-quang.txt": "heldout",
    "china-embassy-my-zh-2024-08-15-ouyang-yujing-anthony-loke.txt": "dev",
    "dawn-2024-12-11-ishaq-dar-saidov-islamabad.txt": "dev",
    "elevenmyanmar-2025-05-22-than-swe-maris-nay-pyi-taw.txt": "dev",
    "farnesina-2024-10-17-tajani-bui-thanh-son-rome.docx": "dev",
    "gmanews-2025-02-25-manalo-iwaya-pasay.txt": "heldout",
    "gov-timorleste-2024-10-10-xanana-hun-manet-vientiane.txt": "dev",
    "gxzf-zh-2024-05-15-lan-tianli-dith-tina-nanning.txt": "heldout",
    "hangmeas-km-2025-06-14-huot-hak-suanesavanh-stung-treng.txt": "dev",
    "kormany-hu-2025-05-13-szijjarto-sok-chenda-sophea-budapest.txt": "dev",
    "laotiantimes-2024-10-10-sonexay-paetongtarn-vientiane.txt": "heldout",
    "malaymail-2024-08-20-tiong-king-sing-huot-hak-putrajaya.txt": "dev",
    "manilatimes-2024-07-16-tiu-laurel-le-minh-hoan-los-banos.txt": "dev",
    "mfa-srilanka-2022-08-05-ali-sabry-prak-sokhonn-phnom-penh.txt": "dev",
    "mfa-turkiye-2025-01-22-fidan-sugiono-ankara.txt": "dev",
    "mingpao-zh-2025-09-14-wang-yi-cho-hyun-beijing.txt": "heldout",
    "mnec-tl-2025-10-28-xanana-gusmao-hun-manet-kuala-lumpur.docx": "heldout",
    "moenv-km-2024-11-20-eang-sophalleth-asao-baku.txt": "dev",
    "mofa-myanmar-2025-02-19-than-swe-maris-nay-pyi-taw.pdf": "dev",
    "mofa-pakistan-2024-11-27-ishaq-dar-sok-chenda-sophea-virtual.txt": "dev",
    "mowa-km-2024-06-20-ing-kantha-phavi-varawut.txt": "heldout",
    "mptc-km-2024-11-27-chea-vandeth-josephine-teo-video.txt": "dev",
    "msz-gov-pl-2024-09-11-sikorski-cho-tae-yul-warsaw.txt": "dev",
    "scmp-2025-06-17-wang-wentao-don-farrell-beijing.txt": "heldout",
    "setkab-2025-07-17-prabowo-pham-minh-chinh-bogor.txt": "heldout",
    "shangbao-ph-zh-2024-06-19-manalo-bui-thanh-son-pasay.txt": "dev",
    "thedailystar-2024-10-24-touhid-hossain-yao-wen-dhaka.txt": "dev",
    "thestar-my-2024-08-15-loke-peng-ponea-putrajaya.txt": "heldout",
    "voacambodia-2024-06-04-austin-tea-seiha-phnom-penh.txt": "dev",
    "yn-gov-zh-2024-09-25-wang-yubo-tran-hong-ha-kunming.txt": "dev",
}
#: The seventh collection (README.md, "The seventh collection"): ordinary releases, more issuers.
SEVENTH_COLLECTION = {
    "abs-cbn-2024-02-27-romualdez-khuon-sudary-quezon-city.txt": "heldout",
    "apsara-km-2025-02-15-phoeurng-sackona-shekhawat-siem-reap.txt": "dev",
    "arirang-2022-12-08-ahn-duk-geun-airlangga-seoul.txt": "heldout",
    "asahi-2025-02-20-nakano-peng-ponea-tokyo.txt": "heldout",
    "asianews-network-2024-08-15-vilay-lakhamfong-sar-sokha-vientiane.txt": "dev",
    "bayontv-km-2024-10-16-say-sam-al-park-sang-woo-sejong.txt": "heldout",
    "bworldonline-2025-06-18-roque-budi-santoso-taguig.txt": "dev",
    "cao-gov-bd-2025-05-30-yunus-hun-manet-tokyo.txt": "dev",
    "cen-km-2025-04-18-sonexay-pham-minh-chinh-video.txt": "dev",
    "china-embassy-jp-zh-2024-10-18-wu-jianghao-suzuki-naomichi-sapporo.txt": "dev",
    "chinapress-my-zh-2025-09-24-tengku-zafrul-nguyen-hong-dien.txt": "heldout",
    "enanyang-zh-2025-05-27-tengku-zafrul-sun-chanthol-kuala-lumpur.txt": "dev",
    "exteriores-gob-es-2025-03-27-albares-sok-chenda-sophea-madrid.txt": "dev",
    "government-nl-2024-11-14-klever-le-minh-hoan-hanoi.docx": "dev",
    "gulf-times-2025-01-22-sheikh-mohammed-sun-chanthol-doha.txt": "dev",
    "kathmandupost-2025-04-05-oli-modi-bimstec-bangkok.txt": "dev",
    "khaleejtimes-2025-08-20-abdullah-bin-zayed-penny-wong-abu-dhabi.txt": "dev",
    "kpl-la-2024-09-13-sonexay-luong-tam-quang-vientiane.txt": "heldout",
    "mcfa-km-2024-05-21-phoeurng-sackona-rachida-dati-video.txt": "heldout",
    "mfa-go-ke-2025-05-03-mudavadi-iwaya-mombasa.txt": "dev",
    "mfa-gov-eg-2025-05-11-abdelatty-sugiono-cairo.pdf": "dev",
    "mofa-gov-np-2025-02-13-arzu-rana-deuba-sok-chenda-sophea-virtual.txt": "dev",
    "mofa-gov-qa-2025-02-04-mohammed-bin-abdulrahman-sok-chenda-sophea-doha.txt": "dev",
    "montsame-2023-06-14-battsetseg-park-jin-video.txt": "dev",
    "mti-sg-2024-03-13-gan-kim-yong-cham-nimul.pdf": "heldout",
    "mzv-cz-2023-10-10-lipavsky-bui-thanh-son-prague.txt": "heldout",
    "ndrc-zh-2025-06-12-zheng-shanjie-aun-pornmoniroth.txt": "heldout",
    "phnompenh-capital-km-2024-08-28-khuong-sreng-atsaphangthong.txt": "dev",
    "rappler-2025-03-11-cacdac-heng-sour-phnom-penh.txt": "dev",
    "sinardaily-2025-03-13-khaled-nordin-phumtham-kota-bharu.txt": "heldout",
    "sre-gob-mx-2025-02-20-de-la-fuente-cho-tae-yul-johannesburg.txt": "dev",
    "vietnamplus-2024-05-17-le-minh-hoan-dith-tina-an-giang.txt": "dev",
    "worldnews-ph-zh-2025-09-24-tiu-laurel-do-duc-duy-quezon-city.txt": "dev",
}
#: The eighth collection (README.md, "The eighth collection"): ordinary releases, more issuers.
EIGHTH_COLLECTION = {
    "battambang-gov-km-2024-11-21-sok-lou-ueno-atsushi.txt": "dev",
    "beehive-govt-nz-2024-05-10-peters-manalo-manila.txt": "heldout",
    "china-embassy-vn-zh-2023-03-22-xiong-bo-nguyen-chi-dung-hanoi.txt": "dev",
    "cri-zh-2023-02-10-tang-renjian-veng-sakhon-beijing.txt": "heldout",
    "ctn-km-2025-06-12-peng-ponea-tran-hong-minh.txt": "heldout",
    "defense-gov-us-2025-05-31-hegseth-tea-seiha-singapore.txt": "heldout",
    "dfa-ie-2024-06-19-martin-maris-iveagh-house.txt": "dev",
    "dhakatribune-2025-03-19-bashir-uddin-cham-nimul-video.txt": "dev",
    "diplomatie-ma-2025-05-27-bourita-sok-chenda-sophea-rabat.txt": "dev",
    "eda-admin-ch-2022-11-22-cassis-bui-thanh-son-kehrsatz.pdf": "heldout",
    "fm-gov-om-2025-08-18-badr-albusaidi-iwaya-salalah.txt": "dev",
    "freemalaysiatoday-2025-01-22-zambry-hang-chuon-naron-phnom-penh.txt": "dev",
    "gd-gov-zh-2024-10-16-wang-weizhong-aun-pornmoniroth-guangzhou.txt": "dev",
    "guojiribao-zh-2024-05-22-airlangga-wang-wentao-jakarta.txt": "heldout",
    "hindustantimes-2024-02-20-jaishankar-mohamad-hasan-new-delhi.txt": "heldout",
    "island-lk-2025-09-25-vijitha-herath-jaishankar-new-york.txt": "dev",
    "jakartaglobe-2025-08-27-sjafrie-marles-jakarta.txt": "heldout",
    "khaosodenglish-2025-01-22-sermsak-huot-hak-sa-kaeo.txt": "heldout",
    "mainichi-2021-12-15-hagiuda-suy-sem-video.txt": "heldout",
    "mfa-gr-2024-10-15-gerapetritis-sok-chenda-sophea-athens.pdf": "dev",
    "minrel-gob-cl-2024-11-13-van-klaveren-bui-thanh-son-lima.txt": "dev",
    "mlmupc-km-2024-07-11-say-sam-al-desmond-lee-singapore.txt": "dev",
    "mosvy-km-2024-07-10-chea-somethy-ueno-atsushi.txt": "heldout",
    "myrepublica-2025-02-10-arzu-rana-deuba-sun-weidong-kathmandu.txt": "dev",
    "omanobserver-2025-02-04-badr-albusaidi-sugiono-muscat.txt": "dev",
    "pmoffice-lk-2025-03-12-amarasuriya-chay-borin-colombo.docx": "dev",
    "president-uz-2025-04-22-mirziyoyev-sugiono-tashkent.txt": "dev",
    "qiandaoribao-zh-2023-05-16-airlangga-fadillah-video.txt": "dev",
    "rree-gob-pe-2025-06-05-schialer-sok-chenda-sophea-video.txt": "dev",
    "sggp-2024-09-14-phan-van-mai-khuong-sreng-hcmc.txt": "dev",
    "tass-2025-06-17-lavrov-sok-chenda-sophea-moscow.txt": "dev",
    "tuoitrenews-2025-05-14-tran-hong-minh-nakano-dong-nai.txt": "dev",
    "vodkhmer-km-2022-08-04-don-pramudwinai-bui-thanh-son-phnom-penh.txt": "dev",
}
#: The ninth collection (README.md, "The ninth collection"): ordinary releases, more issuers.
NINTH_COLLECTION = {
    "8world-zh-2022-11-15-gan-kim-yong-nguyen-hong-dien.txt": "heldout",
    "abc-net-au-2025-07-09-wong-sugiono-jakarta.txt": "heldout",
    "bmeia-gv-at-2022-06-22-schallenberg-prak-sokhonn-vienna.txt": "dev",
    "cancilleria-gob-ar-2024-08-15-mondino-le-minh-hoan-rosario.txt": "dev",
    "china-embassy-id-zh-2025-05-20-wang-lutong-amran-sulaiman.txt": "dev",
    "dnd-gov-ph-2024-09-11-teodoro-collins-camp-aguinaldo.txt": "heldout",
    "fiji-gov-fj-2024-04-18-rabuka-retno-marsudi-suva.docx": "dev",
    "gmw-zh-2024-05-17-huai-jinpeng-hang-chuon-naron-beijing.txt": "heldout",
    "hainan-gov-zh-2025-03-27-liu-xiaoming-sun-chanthol-boao.txt": "dev",
    "hanoitimes-2024-11-26-tran-sy-thanh-khuong-sreng-hanoi.txt": "heldout",
    "hurriyetdailynews-2024-05-22-guler-khaled-nordin-ankara.txt": "dev",
    "info-gov-hk-zh-2025-08-26-john-lee-lawrence-wong-singapore.txt": "dev",
    "jiji-2025-02-19-eto-dith-tina-tokyo.txt": "heldout",
    "kuenselonline-2024-08-13-misri-tobgay-thimphu.txt": "dev",
    "malaysiakini-2025-03-06-gobind-chea-vandeth-phnom-penh.txt": "dev",
    "mfa-gov-az-2025-03-12-bayramov-maris-video.txt": "dev",
    "mfa-gov-et-2025-05-02-gedion-iwaya-addis-ababa.txt": "dev",
    "mfa-gov-rs-2025-04-16-djuric-sok-chenda-sophea-belgrade.txt": "dev",
    "mofa-gov-kw-2025-01-20-al-yahya-sun-chanthol-kuwait.pdf": "dev",
    "mop-gov-km-2024-06-19-bin-trachhey-danucha-nesdc.txt": "dev",
    "nbc-km-2024-08-23-chea-serey-sethaput-bakong.txt": "heldout",
    "pm-gc-ca-2025-10-27-carney-hun-manet-kuala-lumpur.txt": "dev",
    "pmindia-2024-10-11-modi-hun-manet-vientiane.txt": "heldout",
    "pnn-km-2025-06-12-hun-many-wang-wenbin.txt": "heldout",
    "rfi-km-2025-02-12-barrot-maris-paris.txt": "dev",
    "siemreap-gov-km-2023-03-13-tea-seiha-wang-wentian.txt": "dev",
    "theedgemalaysia-2025-02-12-tengku-zafrul-pichai-kuala-lumpur.txt": "heldout",
    "thenationalnews-2025-04-15-al-zeyoudi-nguyen-hong-dien-dubai.txt": "dev",
    "theprint-2024-11-21-rajnath-singh-tea-seiha-vientiane.txt": "dev",
    "thethaiger-2024-12-11-phiphat-heng-sour-bangkok.txt": "dev",
    "timesca-2024-07-10-saidov-kamikawa-video.txt": "dev",
    "um-fi-2024-09-05-valtonen-bui-thanh-son-helsinki.pdf": "heldout",
    "vir-2024-09-12-nguyen-chi-dung-sun-chanthol-bavet.txt": "dev",
}
#: The tenth collection (README.md, "The tenth collection"): ordinary releases, more issuers.
TENTH_COLLECTION = {
    "arabtimesonline-2025-03-05-al-yahya-manalo-kuwait-city.txt": "dev",
    "business-standard-2025-02-27-goyal-sun-chanthol-new-delhi.txt": "dev",
    "businesstimes-sg-2024-11-20-gan-kim-yong-tengku-zafrul-singapore.txt": "heldout",
    "china-embassy-ph-zh-2024-04-17-huang-xilian-tiu-laurel.txt": "dev",
    "cidca-zh-2025-05-21-chen-xiaodong-aun-pornmoniroth-beijing.txt": "heldout",
    "cmaa-km-2024-11-20-ly-thuch-ueno-atsushi.txt": "heldout",
    "dailysabah-2025-04-12-fidan-sok-chenda-sophea-antalya.txt": "dev",
    "diplomatie-gouv-fr-2023-06-14-colonna-prak-sokhonn-paris.txt": "heldout",
    "donga-2024-07-27-cho-tae-yul-manalo-vientiane.txt": "heldout",
    "ekon-go-id-2024-10-02-airlangga-sun-chanthol-jakarta.pdf": "heldout",
    "everyday-km-2025-04-24-paetongtarn-anwar-hat-yai.txt": "dev",
    "fijitimes-2024-09-10-rabuka-conroy-suva.txt": "dev",
    "gcs-gov-mo-zh-2024-09-05-ho-iat-seng-sok-soken.txt": "dev",
    "hankyoreh-2024-09-06-cheong-in-kyo-cham-nimul-seoul.txt": "dev",
    "irrawaddy-2025-02-19-than-swe-maris-mae-sot.txt": "dev",
    "laogov-2025-06-17-sonexay-sun-chanthol-vientiane.txt": "dev",
    "mae-ro-2024-06-12-odobescu-sok-chenda-sophea-video.txt": "dev",
    "mcr-gov-km-2023-02-14-him-chhem-devyani-khobragade.txt": "dev",
    "mcs-gov-km-2024-06-13-hun-many-pham-thi-thanh-tra-hanoi.txt": "dev",
    "mfa-gov-gh-2025-08-22-ablakwa-iwaya-yokohama.pdf": "dev",
    "mfa-gov-jo-2025-04-21-safadi-sok-chenda-sophea-amman.txt": "dev",
    "mofa-gov-ae-2025-01-21-abdullah-bin-zayed-iwaya-abu-dhabi.txt": "heldout",
    "mofa-gov-bh-2024-11-18-al-zayani-manalo-manama.txt": "dev",
    "motie-go-kr-2024-10-24-ahn-duk-geun-keo-rottanak-changwon.docx": "dev",
    "portugal-gov-pt-2024-10-29-rangel-bui-thanh-son-lisbon.txt": "dev",
    "president-go-ke-2024-02-16-ruto-balakrishnan-mombasa.txt": "dev",
    "seatv-km-2024-06-06-eang-sophalleth-ito-shintaro-video.txt": "heldout",
    "seehua-zh-2025-04-10-fadillah-bahlil-video.txt": "dev",
    "singtao-zh-2025-09-18-wang-yi-cho-hyun-beijing.txt": "heldout",
    "sunstar-2024-02-22-frasco-sudawan-lapu-lapu.txt": "heldout",
    "theborneopost-2024-10-16-rundi-dith-tina-kuching.txt": "dev",
    "trend-az-2024-05-21-bayramov-bui-thanh-son-video.txt": "dev",
    "vietnamnet-2024-05-22-nguyen-van-thang-peng-ponea-phnom-penh.txt": "heldout",
}
#: The eleventh collection (README.md, "The eleventh collection"): ordinary releases, more issuers.
ELEVENTH_COLLECTION = {
    "bmz-de-2024-02-28-schulze-sun-chanthol-phnom-penh.txt": "heldout",
    "cambodiadaily-km-2025-02-21-phumtham-liu-zhongyi-mae-sot.txt": "heldout",
    "cancilleria-gov-co-2024-10-08-murillo-bui-thanh-son-video.txt": "dev",
    "china-embassy-mm-zh-2023-08-23-chen-hai-than-swe-nay-pyi-taw.txt": "dev",
    "cmac-km-2023-10-19-heng-ratana-murphy-uxo.txt": "heldout",
    "dailymirror-lk-2025-02-14-vijitha-herath-maris-kandy.txt": "dev",
    "diplomatie-belgium-2025-06-24-prevot-sok-chenda-sophea-brussels.txt": "dev",
    "dw-2024-05-22-schulze-tran-hong-ha-hanoi.txt": "dev",
    "economictimes-2025-03-12-jaishankar-sok-chenda-sophea-video.txt": "dev",
    "guangming-my-zh-2024-11-23-anthony-loke-chee-hong-tat-johor-bahru.txt": "heldout",
    "indianexpress-2024-07-28-jaishankar-manalo-vientiane.txt": "heldout",
    "japannews-2025-05-04-iwaya-sok-chenda-sophea-phnom-penh.txt": "dev",
    "jordantimes-2025-03-10-safadi-sugiono-amman.txt": "dev",
    "koreajoongangdaily-2024-10-17-park-sang-woo-peng-ponea-sejong.txt": "dev",
    "mcot-2024-12-17-somsak-chheang-ra-nonthaburi.txt": "heldout",
    "mee-gov-zh-2024-09-12-huang-runqiu-eang-sophalleth-beijing.txt": "heldout",
    "mfa-gov-kg-2024-08-23-kulubaev-cho-tae-yul-cholpon-ata.txt": "dev",
    "mofa-gov-sa-2025-05-26-faisal-bin-farhan-sok-chenda-sophea-kuala-lumpur.txt": "dev",
    "nokorwatnews-km-2024-10-10-paetongtarn-sonexay-vientiane.txt": "dev",
    "pm-gov-pg-2025-02-21-marape-pabitra-margherita-port-moresby.pdf": "dev",
    "pmo-gov-bn-2024-08-06-hassanal-bolkiah-hun-manet.docx": "dev",
    "postcourier-2024-07-11-marape-wong-port-moresby.txt": "dev",
    "preah-sihanouk-gov-km-2022-09-08-kuoch-chamroeun-mikami-masahiro.txt": "dev",
    "presidency-gov-mv-2025-04-07-muizzu-vijitha-herath-male.txt": "dev",
    "presidenri-2025-02-18-prabowo-erywan-merdeka-palace.txt": "heldout",
    "qna-2025-01-14-mohammed-bin-abdulrahman-sok-chenda-sophea-doha.txt": "heldout",
    "regeringen-se-2024-11-27-dousa-ly-thuch-siem-reap.txt": "dev",
    "regjeringen-no-2024-06-20-bjelland-eriksen-siti-nurbaya-video.pdf": "heldout",
    "sbs-com-au-2024-08-15-conroy-hun-manet-phnom-penh.txt": "heldout",
    "shanghai-gov-zh-2024-11-05-gong-zheng-cham-nimul.txt": "dev",
    "shinmin-sg-zh-2024-10-17-chee-hong-tat-anthony-loke-video.txt": "dev",
    "ssca-km-2024-06-19-mao-havannall-park-jeong-wook.txt": "dev",
    "thesun-my-2025-01-20-tiong-king-sing-huot-hak-johor-bahru.txt": "dev",
}


#: The twelfth collection (README.md, "The twelfth collection"): ordinary releases, more issuers.
TWELFTH_COLLECTION = {
    "b2b-cambodia-2025-03-20-cham-nimul-muto-video.txt": "dev",
    "bbs-bt-2025-04-03-dhungyel-touhid-hossain-bangkok.txt": "dev",
    "cambodiainvestmentreview-2024-11-22-sun-chanthol-cheong-in-kyo-phnom-penh.txt": "heldout",
    "china-embassy-singapore-zh-2024-11-14-cao-zhongming-gan-kim-yong.txt": "dev",
    "cnp-police-km-2025-02-20-sar-thet-kittharath-video.txt": "dev",
    "devdiscourse-2025-07-09-sonowal-peng-ponea-new-delhi.txt": "dev",
    "dti-gov-ph-2025-03-26-roque-cham-nimul-makati.txt": "heldout",
    "euronews-2025-02-18-barrot-sugiono-paris.txt": "dev",
    "foreignaffairs-go-tz-2025-02-12-kombo-cham-nimul-dar-es-salaam.txt": "dev",
    "foreignaffairs-gov-ng-2025-04-24-tuggar-sugiono-abuja.txt": "dev",
    "fujian-provgov-zh-2024-09-09-zhao-long-sun-chanthol-xiamen.txt": "dev",
    "gouvernement-lu-2023-12-06-wilmes-eang-sophalleth-dubai.txt": "dev",
    "hk01-zh-2024-06-01-dong-jun-ng-eng-hen-singapore.txt": "heldout",
    "kandal-gov-km-2024-09-19-kong-sophorn-nguyen-minh-vu-ta-khmau.txt": "heldout",
    "kedglobal-2024-11-12-song-mi-ryung-dith-tina-battambang.txt": "dev",
    "kohkong-province-km-2023-03-16-mithona-phouthorng-jacques-pellet.txt": "dev",
    "meti-go-jp-2025-02-14-muto-keo-rottanak-tokyo.pdf": "heldout",
    "mfa-am-2024-06-21-mirzoyan-sok-chenda-sophea-video.pdf": "dev",
    "mfa-gov-bt-2025-05-16-dhungyel-huot-hak-paro.txt": "dev",
    "mfa-gov-ge-2023-05-16-darchiashvili-takei-tbilisi.txt": "dev",
    "mnd-go-kr-2024-04-17-shin-won-sik-teodoro-video.txt": "heldout",
    "nation-com-pk-2025-02-27-ishaq-dar-mohamad-hasan-islamabad.txt": "dev",
    "pmc-gov-sb-2024-08-14-manele-conroy-honiara.txt": "dev",
    "quirinale-2025-03-11-mattarella-luong-cuong-rome.docx": "dev",
    "rfa-km-2024-07-28-blinken-maris-vientiane.txt": "heldout",
    "samoaobserver-2024-08-21-fiame-peters-apia.txt": "dev",
    "tbsnews-2025-04-04-touhid-hossain-maris-bangkok.txt": "heldout",
    "timesofoman-2024-05-15-qais-al-yousef-sun-chanthol-muscat.txt": "dev",
    "tribune-com-pk-2025-07-12-ishaq-dar-sok-chenda-sophea-kuala-lumpur.txt": "heldout",
    "tv5-cambodia-km-2025-05-27-marcos-pham-minh-chinh-kuala-lumpur.txt": "dev",
    "um-dk-2023-11-10-lokke-rasmussen-bui-thanh-son-copenhagen.txt": "heldout",
    "xinzhongyuan-th-zh-2025-01-23-maris-sugiono-bangkok.txt": "dev",
    "zj-gov-zh-2024-06-14-wang-hao-peng-ponea-hangzhou.txt": "heldout",
}


#: The thirteenth collection (README.md, "The thirteenth collection"): more issuers again.
THIRTEENTH_COLLECTION = {
    "astanatimes-2025-03-14-nurtleu-maris-astana.txt": "dev",
    "cambodia-embassy-jp-km-2025-03-19-hang-chuon-naron-abe-toshiko-tokyo.txt": "heldout",
    "china-embassy-kr-zh-2024-04-18-xing-haiming-park-heong-joon-busan.txt": "dev",
    "chinatimes-zh-2025-09-23-nakatani-marles-tokyo.txt": "heldout",
    "cq-gov-zh-2024-06-12-hu-henghua-huot-hak.txt": "heldout",
    "ctv8hd-km-2024-10-11-ishiba-sonexay-vientiane.txt": "dev",
    "cubaminrex-2025-05-14-rodriguez-parrilla-sok-chenda-sophea-havana.txt": "dev",
    "customs-gov-kh-km-2024-03-27-kun-nhim-yu-jianhua-video.txt": "dev",
    "dailyexpress-com-my-2024-08-22-hajiji-huot-hak-kota-kinabalu.txt": "dev",
    "egyptindependent-2025-03-18-sherif-fathy-phoeurng-sackona-giza.txt": "dev",
    "eoi-phnom-penh-2023-02-17-khobragade-tea-seiha-siem-reap.docx": "dev",
    "france24-2025-05-20-lecornu-teodoro-paris.txt": "dev",
    "goldenphoenix-mm-zh-2025-04-22-than-swe-deng-xijun-nay-pyi-taw.txt": "dev",
    "gulftoday-2025-04-09-al-zeyoudi-cham-nimul-abu-dhabi.txt": "dev",
    "kampot-gov-km-2023-11-17-mao-thonin-lam-minh-thanh-kampot.txt": "dev",
    "kbsworld-2025-09-17-yeo-han-koo-budi-santoso-seoul.txt": "heldout",
    "kuwaittimes-2024-12-09-al-yahya-sok-chenda-sophea-kuwait.txt": "dev",
    "mfa-gov-tm-2024-11-12-meredov-mohamad-alamin-ashgabat.txt": "dev",
    "mfa-gov-ua-2025-03-19-sybiha-sok-chenda-sophea-video.pdf": "dev",
    "mid-ru-2024-07-27-lavrov-sok-chenda-sophea-vientiane.txt": "dev",
    "minaffet-gov-rw-2024-10-09-nduhungirehe-balakrishnan-kigali.txt": "dev",
    "miti-gov-my-2025-04-09-tengku-zafrul-roque-kuala-lumpur.txt": "heldout",
    "mlit-go-jp-2025-06-05-nakano-say-sam-al-tokyo.pdf": "heldout",
    "mmtimes-2024-11-22-than-swe-misri-nay-pyi-taw.txt": "dev",
    "mofa-gov-iq-2024-10-16-fuad-hussein-cho-tae-yul-seoul.txt": "dev",
    "ndtv-2024-09-26-shekhawat-huot-hak-new-delhi.txt": "heldout",
    "nepalitimes-2025-02-07-arzu-rana-deuba-touhid-hossain-video.txt": "dev",
    "pmo-gov-to-2024-07-19-hu-akavameiliku-kishida-tokyo.txt": "dev",
    "rnk-km-2025-01-09-sar-sokha-luong-tam-quang-video.txt": "heldout",
    "sichuan-provgov-zh-2025-06-12-wang-xiaohui-hun-many-chengdu.txt": "dev",
    "thesaigontimes-2025-05-14-nguyen-van-duoc-chea-vandeth-hcmc.txt": "heldout",
    "todayonline-2025-08-20-balakrishnan-lazaro-singapore.txt": "heldout",
    "vm-ee-2025-03-12-tsahkna-iwaya-tokyo.txt": "heldout",
}


#: The fourteenth collection (README.md, "The fourteenth collection"): more issuers again.
FOURTEENTH_COLLECTION = {
    "armenpress-2025-04-15-mirzoyan-botchorishvili-tbilisi.txt": "dev",
    "bjnews-zh-2025-04-17-wang-yi-peters-beijing.txt": "heldout",
    "bssnews-2025-05-21-ali-imam-majumder-cham-nimul-dhaka.txt": "dev",
    "cambodia-embassy-cn-km-2024-09-11-aun-pornmoniroth-lan-foan-beijing.txt": "heldout",
    "cambodia-embassy-kr-2024-10-24-heng-sour-kim-moon-soo-sejong.txt": "heldout",
    "chinesedaily-th-zh-2025-05-27-paetongtarn-pham-minh-chinh-kuala-lumpur.txt": "dev",
    "deccanherald-2025-02-12-shekhawat-phoeurng-sackona-siem-reap.txt": "dev",
    "diplomatie-gouv-ci-2025-02-14-kacou-adom-dith-tina-abidjan.pdf": "dev",
    "diplomatie-gouv-sn-2024-09-27-yassine-fall-bui-thanh-son-new-york.txt": "dev",
    "gendarmerie-km-2023-06-09-sao-sokha-jacques-pellet.txt": "dev",
    "gov-si-2025-02-12-fajon-maris-bangkok.txt": "dev",
    "gub-uy-2025-07-08-lubetkin-cham-nimul-video.txt": "dev",
    "hunan-gov-zh-2024-06-19-mao-weiming-dith-tina-changsha.txt": "dev",
    "japan-forward-2025-11-27-motegi-sugiono-tokyo.txt": "heldout",
    "mfa-gov-cy-2025-02-13-kombos-jaishankar-video.txt": "heldout",
    "mfa-tj-2025-05-30-muhriddin-thor-chetha-dushanbe.txt": "dev",
    "mothership-2025-06-01-chan-chun-sing-tea-seiha-shangri-la.txt": "heldout",
    "mvep-gov-hr-2024-11-21-grlic-radman-manalo-zagreb.txt": "dev",
    "mwr-zh-2025-05-22-li-guoying-thor-chetha-beijing.txt": "heldout",
    "mytv-km-2025-06-25-lawrence-wong-pham-minh-chinh-video.txt": "dev",
    "mzv-sk-2025-05-15-blanar-sok-chenda-sophea-bratislava.pdf": "heldout",
    "pmo-gov-vu-2025-08-20-napat-peters-luganville.docx": "dev",
    "politico-eu-2025-09-05-wadephul-sikorski-warsaw.txt": "dev",
    "presidency-eg-2025-02-24-sisi-sok-chenda-sophea-cairo.txt": "dev",
    "qdnd-2025-02-19-phan-van-giang-tea-seiha-video.txt": "dev",
    "shenzhen-gov-zh-2024-04-26-meng-fanli-nguyen-van-nen.txt": "dev",
    "takeo-province-km-2024-03-14-vei-samnang-park-jeong-wook.txt": "dev",
    "thediplomat-2025-10-27-takaichi-hun-manet-kuala-lumpur.txt": "dev",
    "thehimalayantimes-2025-01-09-khadka-manohar-lal-new-delhi.txt": "dev",
    "thepeninsulaqatar-2025-04-23-mohammed-bin-abdulrahman-mohamad-hasan-doha.txt": "dev",
    "thestatesman-2025-08-19-goyal-mcclay-new-delhi.txt": "heldout",
    "tnaot-km-2025-09-17-hun-manet-lazaro-phnom-penh.txt": "heldout",
    "urm-lt-2025-03-20-budrys-cho-tae-yul-vilnius.txt": "heldout",
}


#: the collections after the second, in order (name -> the set each release of it is in); a new
#: one is listed here too
COLLECTIONS = {
    "third": THIRD_COLLECTION,
    "fourth": FOURTH_COLLECTION,
    "fifth": FIFTH_COLLECTION,
    "sixth": SIXTH_COLLECTION,
    "seventh": SEVENTH_COLLECTION,
    "eighth": EIGHTH_COLLECTION,
    "ninth": NINTH_COLLECTION,
    "tenth": TENTH_COLLECTION,
    "eleventh": ELEVENTH_COLLECTION,
    "twelfth": TWELFTH_COLLECTION,
    "thirteenth": THIRTEENTH_COLLECTION,
    "fourteenth": FOURTEENTH_COLLECTION,
}
KEYS = [
    "file",
    "set",
    "language",
    "issuer",
    "countries",
    "issue_date",
    "meeting_date",
    "end_date",
    "city",
    "country",
    "kind",
    "participants",
    "items",
    "commitments",
    "notes",
]


def normalise(text):
    """Cleanup used for matching: a hyphen at a line end is a real hyphen
    (the line break is dropped), then every run of whitespace becomes one space."""
    text = text.replace("\r\n", "\n").replace("-\n", "-")
    return re.sub(r"\s+", " ", text).strip()


def texts_of(path):
    """All readings of a release, normalised (a PDF is read with and without -layout)."""
    if path.suffix == ".txt":
        return [normalise(path.read_text(encoding="utf-8"))]
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        return [normalise("\n".join(p.text for p in doc.paragraphs))]
    if path.suffix == ".pdf":
        out = []
        for args in (["pdftotext", "-layout"], ["pdftotext"]):
            res = subprocess.run(
                args + [str(path), "-"], capture_output=True, text=True, check=True
            )
            out.append(normalise(res.stdout))
        return out
    raise ValueError(f"unknown file type: {path}")


def is_date(value):
    if value is None:
        return True
    try:
        datetime.date.fromisoformat(value)
        return True
    except (TypeError, ValueError):
        return False


def main(argv=()):
    """Check labels.json, or only the labels in the file given (a collection being written,
    before it joins labels.json)."""
    errors = []
    only = Path(argv[0]) if argv else None
    labels = json.loads((only or HERE / "labels.json").read_text(encoding="utf-8"))
    assert isinstance(labels, list), "labels.json must be a list"
    names = [e["file"] for e in labels]
    if len(set(names)) != len(names):
        errors.append("duplicate file entries")
    on_disk = {p.name for p in HERE.iterdir() if p.suffix in {".txt", ".docx", ".pdf"}}
    for missing in sorted(on_disk - set(names)) if only is None else ():
        errors.append(f"{missing}: release has no label")

    # split rule: every third release by file name, per language, is held out; the releases
    # added after the first collection all went to dev (the held-out set stays as it was)
    by_lang = {}
    for e in sorted(labels, key=lambda e: e["file"]) if only is None else ():
        if e["file"] in ADDED_TO_DEV:
            if e["set"] != "dev":
                errors.append(f"{e['file']}: an added release belongs to dev")
            continue
        chosen = next((c[e["file"]] for c in COLLECTIONS.values() if e["file"] in c), None)
        if chosen:
            if e["set"] != chosen:
                errors.append(f"{e['file']}: set should be {chosen}")
            continue
        by_lang.setdefault(e["language"], []).append(e)
    for entries in by_lang.values():
        for i, e in enumerate(entries):
            want = "heldout" if (i + 1) % 3 == 0 else "dev"
            if e["set"] != want:
                errors.append(f"{e['file']}: set should be {want}")

    for e in labels:
        f = e["file"]
        if list(e.keys()) != KEYS:
            errors.append(f"{f}: keys {list(e.keys())}")
        path = HERE / f
        if not path.exists():
            errors.append(f"{f}: file missing")
            continue
        if not re.fullmatch(r"[a-z0-9-]+-\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.(txt|docx|pdf)", f):
            errors.append(f"{f}: bad file name")
        if e["language"] not in LANGS:
            errors.append(f"{f}: language {e['language']}")
        if e["kind"] not in MEETING_KINDS:
            errors.append(f"{f}: kind {e['kind']}")
        for key in ("issue_date", "meeting_date", "end_date"):
            if not is_date(e[key]):
                errors.append(f"{f}: {key} {e[key]!r}")
        if e["meeting_date"] is None:
            errors.append(f"{f}: meeting_date missing")
        if e["end_date"] and e["end_date"] <= e["meeting_date"]:
            errors.append(f"{f}: end_date not after meeting_date")
        countries = e["countries"]
        if len(countries) != 2:
            errors.append(f"{f}: countries {countries}")
        if (e["city"] == "") != (e["country"] == ""):
            errors.append(f"{f}: city/country mismatch")
        texts = texts_of(path)

        def occurs(needle, fold=False, texts=texts):
            n = normalise(needle)
            if fold:
                return any(n.casefold() in t.casefold() for t in texts)
            return any(n in t for t in texts)

        if e["issuer"] is not None and not isinstance(e["issuer"], str):
            errors.append(f"{f}: issuer")
        for p in e["participants"]:
            if set(p) != {"name", "honorific", "title", "side"}:
                errors.append(f"{f}: participant keys {p}")
            if p["side"] not in countries:
                errors.append(f"{f}: participant side {p['side']}")
            if not occurs(p["name"], fold=True):
                errors.append(f"{f}: participant name not found: {p['name']}")
        item_texts = set()
        for it in e["items"]:
            if set(it) != {"text", "areas", "side", "kind"}:
                errors.append(f"{f}: item keys {it}")
            if not it["areas"] or not set(it["areas"]) <= AREAS:
                errors.append(f"{f}: areas {it['areas']}")
            if it["kind"] not in ITEM_KINDS:
                errors.append(f"{f}: item kind {it['kind']}")
            if it["side"] not in countries + ["Both"]:
                errors.append(f"{f}: item side {it['side']}")
            if it["text"] in item_texts:
                errors.append(f"{f}: duplicate item {it['text'][:40]}")
            item_texts.add(it["text"])
            if not occurs(it["text"]):
                errors.append(f"{f}: item not found: {it['text'][:80]}")
        for c in e["commitments"]:
            if c["text"] not in item_texts:
                errors.append(f"{f}: commitment is not an item: {c['text'][:60]}")
            if c["owed_by"] not in countries + ["Both"]:
                errors.append(f"{f}: owed_by {c['owed_by']}")
        kinds = {it["text"]: it["kind"] for it in e["items"]}
        for c in e["commitments"]:
            if kinds.get(c["text"]) not in {"pledge", "agreement"}:
                errors.append(f"{f}: commitment is not a pledge/agreement: {c['text'][:60]}")

    counts = {}
    for e in labels:
        counts.setdefault((e["language"], e["set"]), 0)
        counts[(e["language"], e["set"])] += 1
    split = ", ".join(f"{lang}/{part}: {n}" for (lang, part), n in sorted(counts.items()))
    print(f"{len(labels)} releases; {split}")
    print(
        f"{sum(len(e['items']) for e in labels)} items, "
        f"{sum(len(e['commitments']) for e in labels)} commitments, "
        f"{len({e['issuer'] for e in labels})} distinct issuers"
    )
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        return 1
    print("labels OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
