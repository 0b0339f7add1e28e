"""Fill the nn and en Qt catalogues (and nb's plural forms) from the reviewed table ui_translations.txt.

The .ts files stay the source of truth that Qt Linguist opens; this script only writes the
translations the table gives, keyed by the bokmål source text (the same text gets the same
translation in every context). Table format, one block per message, blocks separated by a blank
line::

    S: bokmål source (\\t and \\n written as escapes)
    B: nb singular || nb plural          (only for %n messages; forms split on " || ")
    N: nynorsk (or singular || plural)
    E: English (or singular || plural)

Run ``python fill_ts.py`` after ``update.sh``; it lists sources the table lacks and table entries
no longer in the sources, then run ``update.sh`` once more to normalise the files.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABLE = HERE / "ui_translations.txt"
KEYS = {"S": "src", "B": "nb", "N": "nn", "E": "en"}


def _unescape(text: str) -> str:
    return text.replace("\\t", "\t").replace("\\n", "\n")


def read_table(path: Path = TABLE) -> dict[str, dict[str, str]]:
    """source → {"nb"?, "nn", "en"}; raises ValueError naming the line of a malformed block."""
    table: dict[str, dict[str, str]] = {}
    block: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").split("\n") + [""]
    for number, line in enumerate(lines, 1):
        if not line.strip():
            if block:
                if "src" not in block or "nn" not in block or "en" not in block:
                    raise ValueError(f"{path.name}:{number}: a block needs S:, N: and E:")
                table[block.pop("src")] = block
                block = {}
            continue
        key, sep, value = line.partition(": ")
        if not sep or key not in KEYS:
            raise ValueError(f"{path.name}:{number}: expected 'S: ', 'B: ', 'N: ' or 'E: '")
        block[KEYS[key]] = _unescape(value)
    return table


def forms(value: str) -> list[str]:
    """Plural forms are separated by " || " (spaces around a form beyond that one are kept)."""
    return value.split(" || ")


def fill(ts_path: Path, lang: str, table: dict[str, dict[str, str]]) -> list[str]:
    """Write the table's translations into ``ts_path``; returns the sources it has no entry for."""
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        entry = table.get(source)
        value = entry.get(lang) if entry else None
        if value is None:
            if lang != "nb":
                missing.append(source)
            continue
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for form in forms(value):
                ET.SubElement(translation, "numerusform").text = form
            translation.text = None
        else:
            translation.text = value
        translation.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main() -> int:
    table = read_table()
    used: set[str] = set()
    status = 0
    for lang in ("nb", "nn", "en"):
        path = HERE / f"orgdesigner_{lang}.ts"
        for message in ET.parse(path).getroot().iter("message"):
            used.add(message.findtext("source") or "")
        missing = fill(path, lang, table)
        for source in sorted(set(missing)):
            print(f"{lang}: no translation for {source!r}")
            status = 1
    for source in sorted(set(table) - used):
        print(f"table entry not in the sources: {source!r}")
    return status


if __name__ == "__main__":
    sys.exit(main())
