"""Writes the messy staff lists the as-is/re-import tests read (synthetic people only).

Run from the repository root: ``python tests/data/asis/make_lists.py``. It writes
CSV files and converts them with LibreOffice Calc (``libreoffice --headless
--convert-to xlsx/xls``), so the tests read files a spreadsheet program wrote,
not openpyxl. The converted files are committed; this script is how they were made.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
HEAD = [
    "Ansattnr",
    "Navn",
    "Stillingskode",
    "Stillingstittel",
    "Stilling %",
    "Enhet",
    "Avdeling",
    "Arbeidssted",
    "Årslønn",
]


def fet_march() -> list[list[str]]:
    return [
        ["Personalliste  Fet kommune", "", "", "", "", "", "", "", ""],
        ["Kommunenr. 0227 – uttrekk 01.03.2019"],
        [],
        HEAD,
        [
            "1001",
            "Hansen, Kari",
            "7004",
            "Kommunedirektør",
            "100",
            "Rådmannens stab",
            "",
            "Rådhuset",
            "1 200 000",
        ],
        ["1002", "Olsen, Per", "7451", "Rådgiver", "80,00", "Rådmannens stab", "", "Rådhuset", "650000"],
        [
            "",
            "Berg, Anne",
            "7174",
            "Sykepleier",
            "40",
            "Helse",
            "Hjemmetjenesten",
            "Fetsund sykehjem",
            "560000",
        ],
        [
            "1004",
            "Lie, Ola",
            "7174",
            "Sykepleier",
            "120",
            "Helse",
            "Hjemmetjenesten",
            "Fetsund sykehjem",
            "560000",
        ],
        ["1005", "Dahl, Eva", "7037", "Lærer", "100", "Oppvekst", "Fetsund skole", "Fetsund skole", "600000"],
        ["1006", "Vik, Siv", "7037", "Lærer", "50", "Oppvekst", "Fetsund skole", "Fetsund skole", "600000"],
        [
            "1006",
            "Vik, Siv",
            "7174",
            "Assistent",
            "30",
            "Helse",
            "Hjemmetjenesten",
            "Fetsund sykehjem",
            "420000",
        ],
        ["Ledig", "Ledig", "7037", "Lærer", "50", "Oppvekst", "Fetsund skole", "Fetsund skole", "600000"],
        ["1008", "Moe, Lars", "6573", "Renholder", "60", "Teknisk", "Renhold", "Rådhuset", "470000"],
        [],
        ["Sum", "", "", "", "700", "", "", "", ""],
    ]


def fet_april() -> list[list[str]]:
    return [
        ["Personalliste  Fet kommune", "", "", "", "", "", "", "", ""],
        ["Kommunenr. 0227 – uttrekk 01.04.2019"],
        [],
        HEAD,
        [
            "1001",
            "Hansen, Kari",
            "7004",
            "Kommunedirektør",
            "100",
            "Rådmannens stab",
            "",
            "Rådhuset",
            "1 250 000",
        ],
        ["1005", "Dahl, Eva", "7037", "Lektor", "80", "Oppvekst", "Fetsund skole", "Fetsund skole", "600000"],
        ["1006", "Vik, Siv", "7037", "Lærer", "50", "Oppvekst", "Fetsund skole", "Fetsund skole", "600000"],
        [
            "1006",
            "Vik, Siv",
            "7174",
            "Assistent",
            "30",
            "Helse",
            "Hjemmetjenesten",
            "Fetsund sykehjem",
            "420000",
        ],
        ["1008", "Moe, Lars", "6573", "Renholder", "60", "Teknisk", "Vaktmester", "Kommunegården", "470000"],
        ["1010", "Nilsen, Tor", "7451", "Rådgiver", "100", "Rådmannens stab", "", "Rådhuset", "640000"],
        ["1011", "", "7451", "Rådgiver", "20", "Rådmannens stab", "", "Rådhuset", "640000"],
    ]


def structure() -> list[list[str]]:
    return [
        ["Enhet", "Overordnet enhet", "Enhetstype"],
        ["Kommunedirektøren", "", "Rådmann"],
        ["Økonomi og personal", "Kommunedirektøren", "Stabsavdeling"],
        ["IKT", "Økonomi og personal", "Støtteavdeling"],
        ["Lønn", "Økonomi og personal", "STAB / STØTTE"],
        ["Helse og velferd", "Kommunedirektøren", "Kommunalområde"],
        ["Sykehjemmet", "Helse og velferd", "Resultatenhet"],
        ["Kjøkken", "Sykehjemmet", "Team"],
        ["Oppvekst", "Kommunedirektøren", "sektor"],
        ["Fetsund skole", "Oppvekst", "Virksomhet"],
        ["Småskoletrinnet", "Fetsund skole", "Fagenhet"],
    ]


LISTS = {"fet_mars": fet_march, "fet_april": fet_april, "struktur_fet": structure}


def main() -> int:
    for name, make in LISTS.items():
        path = HERE / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, delimiter=";").writerows(make())
        for ext in ("xlsx", "xls"):
            subprocess.run(
                [
                    "libreoffice",
                    "--headless",
                    "--convert-to",
                    ext,
                    "--infilter=CSV:59,34,76,1",
                    "--outdir",
                    str(HERE),
                    str(path),
                ],
                check=True,
                capture_output=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
