#!/usr/bin/env python3
"""Write the two samples that are not UTF-8, as bytes.

Why a script: an editor or a tool that "helpfully" re-saves a text file as
UTF-8 would silently destroy what these samples test (decoding of GBK and of
UTF-16-LE with a BOM).  Keeping the text here, in a UTF-8 source file, and
generating the bytes makes the samples reproducible and reviewable.

Run from anywhere: ``python samples/make_encoded.py``.  The expected files
(``NAME.expected.json``) are written by hand and are not touched.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

# Written for this project; every name and number is invented.
GBK_TEXT = """\
Position: Home > Town News

Lianshi Town Holds a Training Course on Rural Elderly Care Services

作者：小编  来源：本站原创  发布时间：2023-10-24 15:40  点击：164

   On October 23, Lianshi Town held a training course on elderly care services for 42 staff members of village elderly care stations and home-visit volunteers. The course was taught by two nurses from the county social welfare center.

   The training covered the basic care of elderly people who are partly or fully unable to look after themselves, including helping them turn over in bed, feeding, preventing bedsores and measuring blood pressure. The nurses also explained how to recognize the early signs of a stroke and what to do before the ambulance arrives.

   In the afternoon, the participants practiced in the elderly care station of Nanhu Village in groups of six, and each of them had to pass an operation test before receiving a certificate.

   The town civil affairs office said that the elderly care stations of the town now serve 310 elderly people living alone, and that similar training will be held every half year.

Address: No. 6 Fuxing Road, Lianshi Town    Tel: 0572-3956021
浙ICP备11036672号
"""

UTF16_TEXT = """\
Current location: Home > Notices

Notice on the Temporary Closure of Xiguan Bridge for Maintenance

Source: Nanxi County Highway Maintenance Center   Release time: 2024-06-03   Views: 245

   In order to repair the expansion joints and the deck pavement of Xiguan Bridge, the bridge will be closed to all vehicles from 8:00 on June 10 to 18:00 on June 20, 2024. Pedestrians and bicycles can still pass along the temporary walkway on the east side.

   During the closure, vehicles going to the county center from Xiguan Township are advised to take the Binjiang Road detour, and buses of lines 3 and 7 will run along the detour. We apologize for the inconvenience and thank you for your understanding.

   Enquiry telephone: 0513-87261190

Nanxi County Highway Maintenance Center
June 3, 2024
"""


def write_gbk(path: Path) -> bytes:
    data = GBK_TEXT.encode("gbk")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # pragma: no cover - the sample would not test anything
        raise SystemExit("GBK sample unexpectedly decodes as UTF-8")
    path.write_bytes(data)
    return data


def write_utf16(path: Path) -> bytes:
    text = UTF16_TEXT.replace("\n", "\r\n")
    data = b"\xff\xfe" + text.encode("utf-16-le")
    path.write_bytes(data)
    return data


def main() -> None:
    for name, writer in (
        ("s33-elderly-care-training-gbk.txt", write_gbk),
        ("s34-bridge-closure-utf16.txt", write_utf16),
    ):
        data = writer(HERE / name)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
