"""Generator of bad and hostile staff lists (.xlsx written part by part, and .csv).

The workbooks are written directly as zip parts so that they can be what no
spreadsheet program writes: a cell at XFD1048576, a row numbered 99 999 999,
``r="1e308"``, a zip bomb. ``NAMED`` reproduces the cases of issue 16;
``random_cases`` adds seeded variations for the larger run.
"""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

Case = tuple[str, str, Callable[[Path], None]]  # (name, file suffix, make)

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    "{sheets}"
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
SHEET_TYPE = (
    '<Override PartName="/xl/worksheets/sheet{n}.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

HEADER = ["Ansattnr", "Navn", "Stilling %", "Årslønn", "Enhet"]


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell(ref: str, value: object) -> str:
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_esc(value)}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def row(n: int | str, values: Iterable[object], start_col: int = 0) -> str:
    cells = "".join(cell(f"{_letters(start_col + i)}{n}", v) for i, v in enumerate(values) if v is not None)
    return f'<row r="{n}">{cells}</row>'


def _letters(i: int) -> str:
    out, n = "", i + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def staff_rows(n: int = 5, first: int = 2) -> str:
    out = [row(1, HEADER)]
    for i in range(n):
        out.append(row(first + i, [1000 + i, f"Ansatt {i}", 100, 500000, "Skole"]))
    return "".join(out)


def write_xlsx(
    path: Path,
    sheets: list[tuple[str, str | bytes | Callable[[Callable[[bytes], None]], None]]],
    shared: str | None = None,
) -> None:
    """A workbook of the given sheets; a sheet's XML may be a writer callback (big parts)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        types = "".join(SHEET_TYPE.format(n=i + 1) for i in range(len(sheets)))
        zf.writestr("[Content_Types].xml", CONTENT_TYPES.format(sheets=types))
        zf.writestr("_rels/.rels", RELS)
        entries = "".join(
            f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets)
        )
        zf.writestr("xl/workbook.xml", f"<workbook {NS} {RNS}><sheets>{entries}</sheets></workbook>")
        rels = "".join(
            f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
            for i in range(len(sheets))
        )
        rels += (
            f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        )
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
            "</Relationships>",
        )
        zf.writestr("xl/sharedStrings.xml", shared or f'<sst {NS} count="0" uniqueCount="0"></sst>')
        for i, (_, xml) in enumerate(sheets):
            name = f"xl/worksheets/sheet{i + 1}.xml"
            if callable(xml):
                with zf.open(name, "w", force_zip64=True) as out:
                    out.write(f"<worksheet {NS}><sheetData>".encode())
                    xml(out.write)
                    out.write(b"</sheetData></worksheet>")
            else:
                body = xml.encode() if isinstance(xml, str) else xml
                zf.writestr(
                    name, f"<worksheet {NS}><sheetData>".encode() + body + b"</sheetData></worksheet>"
                )


def _sheet(xml: str) -> Callable[[Path], None]:
    return lambda p: write_xlsx(p, [("Ansatte", xml)])


def _bomb(part: str, size: int) -> Callable[[Path], None]:
    """A workbook with one part that expands to ``size`` bytes of blanks."""

    def make(path: Path) -> None:
        chunk = b" " * (1 << 20)

        def spaces(write: Callable[[bytes], None]) -> None:
            for _ in range(size // len(chunk)):
                write(chunk)

        if part == "sheet":
            write_xlsx(path, [("Ansatte", lambda w: (w(staff_rows().encode()), spaces(w)))])
        else:
            write_xlsx(path, [("Ansatte", staff_rows())])
            with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
                with zf.open("xl/sharedStrings2.xml", "w", force_zip64=True) as out:
                    spaces(out.write)

    return make


def _many_rows(n: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        def rows(write: Callable[[bytes], None]) -> None:
            write(staff_rows(2).encode())
            block = []
            for r in range(4, n + 1):
                block.append(f'<row r="{r}"/>')
                if len(block) == 100_000:
                    write("".join(block).encode())
                    block = []
            write("".join(block).encode())

        write_xlsx(path, [("Ansatte", rows)])

    return make


def _csv(text: str) -> Callable[[Path], None]:
    return lambda p: p.write_text(text, encoding="utf-8")


def _no_sheets(path: Path) -> None:
    write_xlsx(path, [])


CSV_HEAD = "Ansattnr;Navn;Stilling %;Årslønn;Enhet\n"

NAMED: list[Case] = [
    ("mellomrom i XFD1048576", ".xlsx", _sheet(staff_rows() + row(1048576, [" "], 16383))),
    ("en celle i ZZ1048576", ".xlsx", _sheet(staff_rows() + row(1048576, ["x"], 701))),
    ("rad 99 999 999", ".xlsx", _sheet(staff_rows() + row(99_999_999, ["x"]))),
    ("r=1e308", ".xlsx", _sheet(staff_rows() + '<row r="1e308"><c r="A1e308"><v>1</v></c></row>')),
    ("celle utenfor sin rad", ".xlsx", _sheet(staff_rows() + '<row r="7"><c r="A999999"><v>1</v></c></row>')),
    (
        "celler uten referanse, bredt",
        ".xlsx",
        _sheet(staff_rows() + "<row>" + "<c><v>1</v></c>" * 300 + "</row>"),
    ),
    ("tom formatert celle langt ute", ".xlsx", _sheet(staff_rows() + '<row r="9"><c r="XFD9" s="0"/></row>')),
    ("201 kolonner", ".xlsx", _sheet(staff_rows() + row(9, ["x"] * 201))),
    ("200 kolonner", ".xlsx", _sheet(staff_rows() + row(9, [None] * 199 + ["x"]))),
    (
        "NaN som tall",
        ".xlsx",
        _sheet(
            staff_rows(2)
            + '<row r="4"><c r="A4"><v>7</v></c><c r="B4" t="inlineStr"><is><t>B</t></is></c><c r="C4"><v>1e999</v></c><c r="D4" t="inlineStr"><is><t>NaN</t></is></c></row>'
        ),
    ),
    (
        "NaN som ukjent tall",
        ".xlsx",
        _sheet(staff_rows(2) + '<row r="4"><c r="A4"><v>7</v></c><c r="C4"><v>NaN</v></c></row>'),
    ),
    (
        "NaN i CSV",
        ".csv",
        _csv(CSV_HEAD + "1;Kari;NaN;inf;Skole\n2;Ola;100;1e999;Skole\n3;Per;100;500000;Skole\n"),
    ),
    (
        "tittel på 32 767 tegn",
        ".xlsx",
        _sheet(
            row(1, ["Ab" * 16383 + "A"]) + staff_rows().replace('r="1"', 'r="2"', 1).replace("A1", "A2", 1)
        ),
    ),
    ("CSV-tittel på 32 767 tegn", ".csv", _csv("Ab" * 16383 + "A\n" + CSV_HEAD + "1;Kari;100;1;Skole\n")),
    (
        "32 000 blanke i en lønn",
        ".csv",
        _csv(CSV_HEAD + "1;Kari;100;1" + " " * 32000 + "a;Skole\n2;Ola;100;500000;Skole\n"),
    ),
    ("CSV med 100 000 kolonner", ".csv", _csv(CSV_HEAD.rstrip() + ";x" * 100_000 + "\n1;Kari;100;1;Skole\n")),
    ("arbeidsbok uten ark", ".xlsx", _no_sheets),
    ("zip-bombe 600 MB ark", ".xlsx", _bomb("sheet", 600 << 20)),
    ("delte tekster 600 MB", ".xlsx", _bomb("shared", 600 << 20)),
    ("1 048 576 rader", ".xlsx", _many_rows(1_048_576)),
    ("ikke en zip", ".xlsx", _csv("PK\x03\x04 dette er ikke en zip")),
    ("tom fil", ".xlsx", _csv("")),
]

#: cases too slow to generate for every CI run (used by the larger run)
LARGE: list[Case] = [
    ("zip-bombe 2 GiB", ".xlsx", _bomb("sheet", 2 << 30)),
    ("20 M rader", ".xlsx", _many_rows(20_000_000)),
]


def random_cases(count: int, seed: int = 0) -> list[Case]:
    """Seeded lists with odd values, far cells and broken XML."""
    rnd = random.Random(seed)
    odd: list[object] = [
        "NaN",
        "inf",
        "-inf",
        "1e999",
        " ",
        "=1+1",
        "\x00",
        "Ab" * 5000,
        -1,
        10**30,
        "12,5,5",
        "",
        "%",
    ]
    out: list[Case] = []
    for i in range(count):
        kind = rnd.randrange(4)
        if kind == 0:
            values = [rnd.choice(odd) for _ in range(5)]
            text = CSV_HEAD + ";".join(str(v).replace(";", ",").replace("\n", " ") for v in values) + "\n"
            out.append((f"csv {i}", ".csv", _csv(text)))
        elif kind == 1:
            r, c = rnd.randrange(1, 1_100_000), rnd.randrange(0, 17000)
            out.append((f"fjern celle {i} r{r} c{c}", ".xlsx", _sheet(staff_rows() + row(r, ["x"], c))))
        elif kind == 2:
            rows = staff_rows(3) + row(6, [rnd.choice(odd) for _ in range(5)])
            out.append((f"rare verdier {i}", ".xlsx", _sheet(rows)))
        else:
            xml = staff_rows(3)
            cut = rnd.randrange(len(xml))
            junk = rnd.choice(
                ['<row r="-5">', '<c r="A0">', "<row r=''>", "&#0;", '<c r="ZZZZZZ9"><v>1</v></c>', "]]>"]
            )
            out.append((f"ødelagt XML {i}", ".xlsx", _sheet(xml[:cut] + junk + xml[cut:])))
    return out
