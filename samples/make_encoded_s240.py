#!/usr/bin/env python3
"""Write the three non-UTF-8 samples of the s240-s251 batch, as bytes.

Why a script (as ``make_encoded.py``): an editor or a tool that "helpfully"
re-saves a text file as UTF-8 would silently destroy what these samples test.
Keeping the text here, in a UTF-8 source file, and generating the bytes makes
the samples reproducible and reviewable.

- s241: **Big5**.  The Chinese residue is in traditional characters (``小編``,
  ``來源``, ``本站原創``, ``粵ICP備…號``), which GBK cannot encode.  The
  bytes *also* decode without error as GB18030 (Big5 lead and trail bytes
  fall inside GB18030's two-byte ranges; the few that GBK leaves undefined,
  such as ``作`` A7 40 and ``：`` A1 47, become private-use characters), so a
  detector that accepts the first strict decode that succeeds will produce
  nonsense (``小編`` -> U+E616, a private-use character, + ``絪``); the script checks this, so
  the sample stays adversarial.  (Strict GBK, unlike GB18030, rejects them.)
- s242: **UTF-16-BE with BOM** (``FE FF``), LF line ends (the corpus file is
  LE with CRLF).
- s243: **GB18030** with a character outside GBK in the editor's name
  (``𫖯``, U+2B5AF, CJK Extension C, outside the BMP: four bytes
  ``98 38 F5 37`` in GB18030), so a strict GBK decode fails and a GB18030
  decode succeeds.  (``䶮`` U+4DAE would not do: GB18030 maps it to the
  two-byte ``FE 9F``.)

Run from anywhere: ``python samples/make_encoded_s240.py``.  The expected
files (``NAME.expected.json``) are written by hand and are not touched.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

# Written for this project; every name and number is invented.
BIG5_TEXT = """\
Position: Home > Town News

Hengshan Town Holds a Free Clinic for Elderly People in Mountain Villages

作者：小編  來源：本站原創  發佈時間：2024-03-19 09:40  點擊：233

   On March 18, Hengshan Town, together with the county people's hospital and the county hospital of traditional Chinese medicine, held a free clinic for elderly people in the mountain villages of Daping and Shuikeng. Eleven doctors from internal medicine, orthopedics, ophthalmology and rehabilitation took part.

   At the clinic, the doctors measured blood pressure and blood sugar for the elderly, examined their eyes and joints, and explained in plain words how to take medicine for high blood pressure and diabetes. For 23 elderly people with cataracts or severe joint pain, the doctors made referral appointments at the county hospital, and the town civil affairs office will arrange a car to take them there.

   The town health center also gave out 360 free medicine kits and brochures on preventing falls and strokes, and updated the health records of 418 elderly people on the spot. Village doctors will follow up on the elderly with chronic diseases every month and report the results to the family doctor team of the health center.

   "It is a long way down the mountain, and my legs are not good. Now the doctors come to the village, and I can ask them everything," said 81-year-old villager Liang Sufen after having her eyes checked.

   The free clinic was part of the town's "Health Into Villages" action this spring. Since February, the town has also trained 14 village doctors in first aid and in the use of the remote consultation terminals installed in the village clinics, so that they can ask doctors at the county hospital for advice by video.

   The town said that free clinics will be held in the remaining 7 mountain villages before the end of June, so that elderly people can see a doctor without going down the mountain.

Address: No. 3 Zhongshan Road, Hengshan Town    Tel: 0763-5521870
粵ICP備16042217號
"""

UTF16BE_TEXT = """\
Current location: Home > Notices and Announcements

Notice on Planned Power Outages in Parts of Xitang Town for Line Maintenance

Publish date：2024-07-08  Source：Xitang Power Supply Station  Views：176

   In order to carry out maintenance and transformation of the 10 kV Xitang Line and replace aging poles and transformers, power supply in parts of Xitang Town will be suspended from 07:30 to 18:00 on July 12, 2024. The affected areas are as follows:
   (1) Xitang Old Street, Nanhu Lane and the residential quarters along them;
   (2) Dongfeng Village, Heye Village and Chaping Village;
   (3) the Xitang industrial park east of Fuqian Road.

   If the weather is bad on that day, the work will be postponed and a separate notice will be issued. Enterprises and residents in the affected areas are requested to make arrangements for production and daily life in advance, and enterprises with special power needs should prepare backup power supplies. During the outage, please treat all lines and equipment as live and do not climb poles or approach the construction site.

   We apologize for the inconvenience. For any questions, please call the 24-hour power service hotline 0596-6320955.

Xitang Power Supply Station
July 8, 2024

Address: No. 41 Binhe Road, Xitang Town    Tel: 0596-6320100
闽ICP备15023340号-1
"""

GB18030_TEXT = """\
Home | Campus News | Reading Activities

Tangxi Middle School Holds the Fourth Campus Reading Festival

来源：本站原创  作者：管理员  责任编辑：黄𫖯  发布时间：2024-04-23 16:10  点击：312

   On April 23, World Book Day, Tangxi Middle School opened its fourth campus reading festival with the theme of "Reading Lights Up Youth". More than 1,500 teachers and students took part in the opening ceremony on the playground.

   At the ceremony, the school library presented 600 newly purchased books to the class libraries, and a local writer who graduated from the school 30 years ago talked to the students about how reading had changed his life in the countryside.

(1) Book drifting across the campus

   The school set up 20 book-drifting shelves in the corridors and the canteen, and students put in more than 3,200 books they had read. Any student can take a book away and put it back within two weeks, and write a short comment on the card inside the cover for the next reader.

(2) Reading classes for every grade

   Each week, every class has one reading class in the school library. Chinese teachers recommended 12 classic books for each grade and guided students to keep reading notes, and the best notes will be displayed in the exhibition hall at the end of the festival. Students in the third grade also take turns to give five-minute book talks before the class.

(3) Parents and children read together

   The school invited 260 families to join a 30-day "family reading check-in". Parents and children read together for at least 20 minutes every evening and share a photo or a few lines of thoughts in the class group. Teachers will visit 20 families to learn how reading at home is going and give advice on choosing books for teenagers.

   The festival will last until May 31 and will end with a book review competition and the selection of 30 "reading stars" and 10 "scholarly classes".

Address: No. 66 Xuefu Road, Tangxi Town    Tel: 0797-4418620
赣ICP备17005529号    赣公网安备 36073102000288号
"""


def _not_utf8(data: bytes, what: str) -> None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return
    raise SystemExit(f"{what} sample unexpectedly decodes as UTF-8")  # pragma: no cover


def write_big5(path: Path) -> bytes:
    data = BIG5_TEXT.encode("big5")
    _not_utf8(data, "Big5")
    # Keep the trap: the same bytes must also decode without error as GB18030.
    if data.decode("gb18030") == BIG5_TEXT:  # pragma: no cover
        raise SystemExit("Big5 sample reads the same as GBK; it would not test detection")
    path.write_bytes(data)
    return data


def write_utf16be(path: Path) -> bytes:
    data = b"\xfe\xff" + UTF16BE_TEXT.encode("utf-16-be")
    path.write_bytes(data)
    return data


def write_gb18030(path: Path) -> bytes:
    data = GB18030_TEXT.encode("gb18030")
    _not_utf8(data, "GB18030")
    try:
        data.decode("gbk")
    except UnicodeDecodeError:
        pass
    else:  # pragma: no cover - the sample would not test GB18030
        raise SystemExit("GB18030 sample has no character outside GBK")
    if len("𫖯".encode("gb18030")) != 4:  # pragma: no cover
        raise SystemExit("the rare character is not a four-byte GB18030 sequence")
    path.write_bytes(data)
    return data


def main() -> None:
    for name, writer in (
        ("s241-town-mountain-village-free-clinic-big5.txt", write_big5),
        ("s242-town-power-outage-notice-utf16be.txt", write_utf16be),
        ("s243-school-reading-festival-gb18030.txt", write_gb18030),
    ):
        data = writer(HERE / name)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
