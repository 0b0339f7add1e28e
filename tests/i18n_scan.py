"""Find Norwegian user-visible literals in the Qt layer that do not pass through Qt's translation.

A heuristic (used by tests/test_i18n_ui_catalogue.py): a string constant counts as Norwegian text
when it holds æ/ø/å or one of a few common Norwegian words, and it is "translated" when it sits
inside tr()/translate()/QT_TRANSLATE_NOOP(). Docstrings, log calls, object names, dictionary keys
and comparisons are not user-visible and are skipped.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_SOURCES = [
    *sorted((ROOT / "orgdesigner" / "ui").glob("*.py")),
    ROOT / "orgdesigner_plugins" / "metric_panels" / "panels_qt.py",
    ROOT / "orgdesigner_plugins" / "metric_panels" / "charts_qt.py",
    ROOT / "orgdesigner_plugins" / "staff_import" / "wizard_qt.py",
]
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "_"}
# not user-visible: logging, object names, settings keys, attribute access by name
SILENT = {
    "debug",
    "info",
    "warning",
    "error",
    "exception",
    "critical",
    "setObjectName",
    "getattr",
    "hasattr",
    "setattr",
    "setProperty",
    "property",
    "value",
    "setValue",
    "startswith",
    "endswith",
    "chart_call",
    "split",
    "replace",
    "strip",
    "join",
    "get",
    "pop",
    "setdefault",
    "_call",
    "emit",
    "environ",
    "getenv",
    "findChild",
    "findChildren",
    "re",
    "compile",
    "match",
    "search",
    "fullmatch",
    "sub",
    "index",
}
WORDS = re.compile(
    r"\b(ikke|og|eller|enhet\w*|ansatt\w*|leder\w*|stilling\w*|alternativ\w*|lagre\w*|åpne\w*|"
    r"slett\w*|velg\w*|fil|filen|kan|skal|må|ingen|alle|mangler|uten|med|til|fra|er|som|"
    r"navn|nivå\w*|funn|innplassering|kommune\w*|avbryt|legg|flytt\w*|endr\w*|vis|skjul)\b",
    re.IGNORECASE,
)


def looks_norwegian(text: str) -> bool:
    if not re.search(r"[A-Za-zÆØÅæøå]{2}", text):
        return False
    if re.fullmatch(r"[\w.:/\\-]+", text) and not re.search(r"[æøåÆØÅ]", text):
        # identifiers, keys, file names, object names
        return bool(re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+", text)) and bool(WORDS.search(text))
    return bool(re.search(r"[æøåÆØÅ]", text) or WORDS.search(text))


def _call_name(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return ""


def _docstrings(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def untranslated(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of every Norwegian-looking literal in ``path`` outside the translation calls."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in skip:
            continue
        if not looks_norwegian(node.value):
            continue
        if _covered(node, parents):
            continue
        yield node.lineno, node.value


def _covered(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    child, parent = node, parents.get(id(node))
    while parent is not None:
        if isinstance(parent, ast.Call):
            name = _call_name(parent)
            if name in TRANSLATING or name in SILENT:
                return True
        if isinstance(parent, ast.Compare):
            return True  # comparing against a value, not showing it
        if isinstance(parent, ast.Dict) and any(k is child for k in parent.keys):
            return True
        if isinstance(parent, ast.Subscript) and parent.slice is child:
            return True
        if isinstance(parent, (ast.FunctionDef, ast.ClassDef, ast.Module)):
            return False
        child, parent = parent, parents.get(id(parent))
    return False


def scan() -> list[str]:
    found = []
    for path in QT_SOURCES:
        rel = path.relative_to(ROOT).as_posix()
        found += [f"{rel}:{line}: {text!r}" for line, text in untranslated(path)]
    return found


if __name__ == "__main__":
    for hit in scan():
        print(hit)
