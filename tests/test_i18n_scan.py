"""No new Norwegian text outside the translation markers in the Qt-free layers.

A heuristic scan of the source: a string literal that looks Norwegian (æ, ø, å or a common
bokmål word) and is not a docstring, a log message, a dict key or subscript, a comparison
operand, or inside ``_()``/``N_()``/``ngettext()``/``count_text()``/``pgettext()`` is
user-visible text that will show in bokmål whatever the language. Known ones not yet
converted are listed in ``tests/data/i18n_unmarked.txt`` (``path<TAB>text``, one per line);
the test fails on any literal not in that list, so the list only shrinks. Regenerate it
with ``python tests/test_i18n_scan.py > tests/data/i18n_unmarked.txt`` after converting.

Not scanned, with the reason:

- ``orgdesigner/ui`` and every module importing PySide6: Qt text goes through ``tr()``.
- ``orgdesigner/demo``: synthetic data (names of people, units, places), not program text.
- ``staff_import/synonyms.py``, ``type_words.py``, ``kommune_name.py``, ``values.py``,
  ``detect.py``: words the importer *reads* in kommuners' files, not text it shows.
- ``model/kostra.py``: SSB's official KOSTRA function names, published in bokmål only.
- ``storage/pg/schema_sql.py``, ``apply_sql.py``, ``storage/schema.py``: SQL (the server's own
  refusals are mapped to translated messages in ``storage/backend.py``) and stored setting names.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASELINE = REPO / "tests" / "data" / "i18n_unmarked.txt"
ROOTS = [
    "orgdesigner/model",
    "orgdesigner/analysis",
    "orgdesigner/storage",
    "orgdesigner/cli",
    "orgdesigner/export_context.py",
    "orgdesigner/formatting.py",
    "orgdesigner/plugins.py",
    "orgdesigner/plugin_calls.py",
    "orgdesigner/plugin_guard.py",
    "orgdesigner/config.py",
    "orgdesigner_plugins",
]
SKIP = {
    "orgdesigner_plugins/staff_import/synonyms.py",
    "orgdesigner_plugins/staff_import/type_words.py",
    "orgdesigner_plugins/staff_import/kommune_name.py",
    "orgdesigner_plugins/staff_import/values.py",
    "orgdesigner_plugins/staff_import/detect.py",
    "orgdesigner/model/kostra.py",
    "orgdesigner/storage/pg/schema_sql.py",
    "orgdesigner/storage/pg/apply_sql.py",
    "orgdesigner/storage/schema.py",
}
#: literals that look Norwegian but are stored codes or internal keys, never shown as they are
ALLOW = {
    # unit-type and placement-status codes written into .orgd files (shown via unit_type_label etc.)
    ("orgdesigner/model/entities.py", "foreslått"),
    ("orgdesigner/model/entities.py", "kommunedirektør"),
    ("orgdesigner/model/entities.py", "støtte"),
    ("orgdesigner/model/entities.py", "til drøfting"),
    ("orgdesigner/model/entities.py", "tjenesteområde"),
    ("orgdesigner/model/project.py", "kommunedirektør"),
    # type codes in the default settings of a validator («staff_types», «area_types»)
    ("orgdesigner_plugins/validators/structure.py", "støtte"),
    ("orgdesigner_plugins/validators/structure.py", "tjenesteområde"),
    # the key of «not placed» in the territory table (territory_name() shows it translated)
    ("orgdesigner/analysis/relocation.py", "(ikke plassert)"),
    # words the importers read in kommuners' files (input, not text they show)
    ("orgdesigner_plugins/staff_import/rows.py", "ledig stilling"),
    ("orgdesigner_plugins/staff_import/structure.py", "Enhetens navn"),
    ("orgdesigner_plugins/staff_import/structure.py", "Enhetsnivå"),
    ("orgdesigner_plugins/staff_import/structure.py", "Nivå"),
    ("orgdesigner_plugins/staff_import/structure.py", "Org.nr enhet"),
    ("orgdesigner_plugins/staff_import/structure.py", "Overordnet enhet"),
    ("orgdesigner_plugins/staff_import/structure.py", "Tilhører"),
    # the default text of a primitive op; every op made in ops.py passes its own translated text
    ("orgdesigner/model/opjson.py", "Legg til"),
    ("orgdesigner/model/primitives.py", "Legg til"),
    # written into placement notes (stored data) and recognised again by its prefix
    ("orgdesigner/analysis/reimport.py", "Sluttet ifølge ansattliste"),
    # a command-line flag (a name, not text) and the bokmål word the CLI also accepts as input
    ("orgdesigner/cli/export.py", "--lagre-nøkkel"),
    ("orgdesigner/cli/export.py", "ikke plassert"),
    # a broken xlsx written by openpyxl itself: a programming error, not a user message
    ("orgdesigner_plugins/excel_export/fastrows.py", ": fant ikke sheetData"),
}
MARKERS = {"_", "N_", "gettext", "ngettext", "pgettext", "npgettext", "count_text"}
LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
WORDS = re.compile(
    r"\b(ikke|enhet|enheter|ansatte|ansatt|stilling|stillinger|leder|ledere|mangler|finnes|"
    r"fil|filen|kolonne|kolonnen|rad|raden|arket|ingen|eller|med|til|fra|har|kan|skal|kunne|"
    r"totalt|antall|navn|feil|advarsel|alternativ|alternativet|prosjektet|mappen|lagre|"
    r"åpne|velg|ugyldig|ukjent|tom|som|og|av|er)\b",
    re.IGNORECASE,
)


def files() -> list[Path]:
    out = []
    for root in ROOTS:
        base = REPO / root
        for path in sorted([base] if base.is_file() else base.rglob("*.py")):
            rel = path.relative_to(REPO).as_posix()
            if rel in SKIP or "__pycache__" in rel:
                continue
            text = path.read_text(encoding="utf-8")
            if "PySide6" in text or rel.endswith("_qt.py"):
                continue
            out.append(path)
    return out


def looks_code(text: str) -> bool:
    """An identifier, key, format or path rather than words (``span.warn``, ``%(name)s``, ``utf-8``)."""
    t = text.strip()
    return not t or bool(re.fullmatch(r"[\w.\-+:/%(){}=,\[\]*\\]+", t)) and not re.search(r"[æøåÆØÅ]", t)


def looks_norwegian(text: str) -> bool:
    t = text.strip()
    if len(t) < 2 or not re.search(r"[A-Za-zÆØÅæøå]", t):
        return False
    if re.fullmatch(r"[\w.\-+:/]+", t) and not re.search(r"[æøåÆØÅ]", t):
        return False  # an identifier, key, code or file name (span.warn, positions+subunits)
    return bool(re.search(r"[æøåÆØÅ]", t) or (" " in t and WORDS.search(t)))


#: calls whose text arguments a user reads: errors, CLI output, findings, undo texts, help
SINK_CALLS = {"fail", "print", "Finding", "CliError"}
SINK_KEYWORDS = {"help", "description", "text", "title", "message"}


def _words(node: ast.AST) -> str:
    """The literal text of a str constant or f-string (placeholders left out)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return ""


class _Scan(ast.NodeVisitor):
    def __init__(self) -> None:
        self.skip: set[int] = set()
        self.found: list[str] = []

    def _sink(self, node: ast.AST) -> None:
        """A literal handed straight to a user-facing call counts even without Norwegian letters."""
        text = _words(node)
        if id(node) not in self.skip and re.search(r"[A-Za-zÆØÅæøå]{3}", text) and not looks_code(text):
            self.found.append(text)
            self._mark(node)

    def _mark(self, node: ast.AST | None) -> None:
        if node is not None:
            for sub in ast.walk(node):
                self.skip.add(id(sub))

    def visit_Module(self, node: ast.Module) -> None:
        self._docstring(node)
        self.generic_visit(node)

    def _docstring(self, node: ast.AST) -> None:
        body = getattr(node, "body", [])
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            self.skip.add(id(body[0].value))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._docstring(node)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._docstring(node)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name not in MARKERS:
            for kw in node.keywords:
                if kw.arg in SINK_KEYWORDS:
                    self._sink(kw.value)
        if name in MARKERS:
            self._mark(node)
        elif name in SINK_CALLS or name.endswith("Error"):
            for arg in node.args:
                self._sink(arg)
        elif isinstance(func, ast.Attribute) and name in LOG_METHODS:
            owner = func.value
            owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if re.search(r"log", owner_name, re.IGNORECASE):
                self._mark(node)
        elif name in {"getLogger", "startswith", "endswith", "get", "setdefault", "pop", "split", "replace"}:
            for arg in node.args:
                self._mark(arg)
        self.generic_visit(node)

    def visit_Dict(self, node: ast.Dict) -> None:
        for key in node.keys:
            self._mark(key)
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self._mark(node.slice)
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        for sub in (node.left, *node.comparators):
            self._mark(sub)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and id(node) not in self.skip and looks_norwegian(node.value):
            self.found.append(node.value)


def unmarked() -> set[tuple[str, str]]:
    out = set()
    for path in files():
        scan = _Scan()
        scan.visit(ast.parse(path.read_text(encoding="utf-8")))
        rel = path.relative_to(REPO).as_posix()
        out.update((rel, " ".join(text.split())) for text in scan.found)
    return out


def baseline() -> set[tuple[str, str]]:
    if not BASELINE.is_file():
        return set()
    rows = BASELINE.read_text(encoding="utf-8").splitlines()
    return {tuple(r.split("\t", 1)) for r in rows if "\t" in r}


def test_no_new_norwegian_text_outside_the_markers():
    new = sorted(unmarked() - baseline() - ALLOW)
    assert new == [], "mark these with _()/N_() (orgdesigner.i18n) and translate them:\n" + "\n".join(
        f"{p}: {t!r}" for p, t in new
    )


def test_the_scan_finds_unmarked_text_and_not_marked(tmp_path):
    scan = _Scan()
    scan.visit(
        ast.parse(
            '"""Modul."""\n'
            "import logging\nlog = logging.getLogger(__name__)\n"
            'A = {"Ikke en nøkkel": 1}\n'
            'def f(x):\n    """Gjør noe."""\n'
            '    log.warning("Fant ikke filen %s", x)\n'
            '    if x == "ikke plassert":\n        pass\n'
            '    raise ValueError(_("Fant ikke filen {x}").format(x=x))\n'
            'def g(x):\n    return f"Fant ikke {x} i arket"\n'
            'B = N_("Stilling ikke innplassert")\nC = "positions+subunit_leaders"\nD = "Årsverk"\n'
        )
    )
    assert scan.found == ["Fant ikke ", " i arket", "Årsverk"]


if __name__ == "__main__":
    sys.stdout.write("".join(f"{p}\t{t}\n" for p, t in sorted(unmarked() - ALLOW)))
