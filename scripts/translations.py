"""The gettext catalogues of the Qt-free text: extract, update, compile, check (Babel).

    python scripts/translations.py extract   # source -> orgdesigner/resources/locale/orgdesigner.pot
    python scripts/translations.py update    # .pot -> nn and en .po (new msgids empty, gone ones dropped)
    python scripts/translations.py compile   # .po -> .mo beside them (build output, not committed)
    python scripts/translations.py check     # .pot up to date, every msgid translated: exit 1 if not

Run ``extract`` and ``update`` after marking new text with ``_()``/``N_()``/``ngettext()``,
translate the empty entries in the two .po files, then ``check``. See docs/translations.md.
"""

from __future__ import annotations

import datetime
import io
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

REPO = Path(__file__).resolve().parent.parent
LOCALE = REPO / "orgdesigner" / "resources" / "locale"
POT = LOCALE / "orgdesigner.pot"
TARGETS = ("nn", "en")
#: the packages whose Qt-free text goes through orgdesigner.i18n (Qt widgets use tr(), .ts files)
SOURCES = ("orgdesigner", "orgdesigner_plugins")
KEYWORDS = {
    "_": None,
    "gettext": None,
    "N_": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "count_text": (1, 2),
}
#: fixed header dates: a regenerated catalogue differs only where its messages do
_DATE = datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC)


def source_files(repo: Path = REPO) -> list[Path]:
    files: list[Path] = []
    for package in SOURCES:
        files += sorted(p for p in (repo / package).rglob("*.py") if "__pycache__" not in p.parts)
    return files


def extract(repo: Path = REPO) -> Catalog:
    """Every marked message in the Qt-free packages, with its places (relative paths)."""
    catalog = Catalog(
        project="OrgDesigner",
        locale=None,
        domain="orgdesigner",
        fuzzy=False,
        creation_date=_DATE,
        revision_date=_DATE,
        copyright_holder="OrgDesigner",
        msgid_bugs_address="-",
        header_comment="# Qt-free text of OrgDesigner (bokmål source). See docs/translations.md.",
    )
    for path in source_files(repo):
        rel = path.relative_to(repo).as_posix()
        for lineno, message, comments, context in extract_from_file(
            "python", str(path), keywords=KEYWORDS, comment_tags=("TRANSLATORS:",), strip_comment_tags=True
        ):
            catalog.add(message, None, [(rel, lineno)], auto_comments=comments, context=context)
    return catalog


def msgids(catalog: Iterable) -> set[tuple[object, object]]:
    """(id, context) of every message but the header; a plural's id is (singular, plural)."""
    return {(m.id, m.context) for m in catalog if m.id}


def _write(path: Path, catalog: Catalog, **options: object) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, sort_output=True, omit_header=False, **options)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def _read(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as fp:
        return read_po(fp, locale=language, domain="orgdesigner")


def cmd_extract() -> int:
    _write(POT, extract(), no_location=False, include_lineno=False)
    print(f"{POT.relative_to(REPO)}: {len(msgids(_read(POT)))} meldinger")
    return 0


def cmd_update() -> int:
    template = _read(POT)
    for language in TARGETS:
        po = LOCALE / language / "LC_MESSAGES" / "orgdesigner.po"
        if po.is_file():
            catalog = _read(po, language)
        else:
            catalog = Catalog(
                locale=language, domain="orgdesigner", fuzzy=False, header_comment=template.header_comment
            )
        catalog.update(
            template, no_fuzzy_matching=True, update_header_comment=True, update_creation_date=True
        )
        catalog.project, catalog.version, catalog.fuzzy = "OrgDesigner", "", False
        catalog.revision_date = _DATE
        catalog.last_translator = "OrgDesigner"
        catalog.language_team = {"nn": "Nynorsk", "en": "English"}[language]
        catalog.obsolete.clear()
        _write(po, catalog, include_lineno=False, ignore_obsolete=True)
        missing = len(untranslated(catalog))
        print(f"{po.relative_to(REPO)}: {missing} uten oversettelse")
    return 0


def cmd_compile() -> int:
    for language in TARGETS:
        po = LOCALE / language / "LC_MESSAGES" / "orgdesigner.po"
        if not po.is_file():
            continue
        buffer = io.BytesIO()
        write_mo(buffer, _read(po, language), use_fuzzy=False)
        po.with_suffix(".mo").write_bytes(buffer.getvalue())
    return 0


def untranslated(catalog: Catalog) -> list[object]:
    """Messages with an empty or fuzzy translation, or a plural with an empty form."""
    bad = []
    for message in catalog:
        if not message.id:
            continue
        forms = message.string if isinstance(message.string, (list, tuple)) else [message.string]
        if message.fuzzy or len(forms) < catalog.num_plurals and isinstance(message.id, (list, tuple)):
            bad.append(message.id)
        elif not all(forms):
            bad.append(message.id)
    return bad


def cmd_check() -> int:
    status = 0
    wanted = msgids(extract())
    if wanted != msgids(_read(POT)):
        print(
            f"{POT.relative_to(REPO)} er utdatert: kjør «python scripts/translations.py extract» og «update»"
        )
        status = 1
    for language in TARGETS:
        po = LOCALE / language / "LC_MESSAGES" / "orgdesigner.po"
        catalog = _read(po, language)
        if msgids(catalog) != wanted:
            print(f"{po.relative_to(REPO)} følger ikke kildekoden: kjør «update»")
            status = 1
        for mid in untranslated(catalog):
            print(f"{po.relative_to(REPO)}: mangler oversettelse: {mid!r}")
            status = 1
    return status


def main(argv: list[str]) -> int:
    commands = {"extract": cmd_extract, "update": cmd_update, "compile": cmd_compile, "check": cmd_check}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
