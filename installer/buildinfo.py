"""What goes into the frozen build: read by the PyInstaller spec, the MSI build and the tests.

Everything here is read from the source tree (by parsing, not importing), so the
version, the built-in plugins and the runtime dependencies each live in one place:
``orgdesigner.__version__``, ``orgdesigner_plugins.BUILTIN`` and ``pyproject.toml``.

    python installer/buildinfo.py version        # 0.1.0
    python installer/buildinfo.py msi-version    # 0.1.0.0 (MSI wants a.b.c)
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: product name, used for the executables, the bundle folder and the installer
PRODUCT = "OrgDesigner"
#: the windowed app (Start menu, .orgd files) and the console twin for IT's scripts
GUI_EXE = "OrgDesigner"
CLI_EXE = "orgdesigner-cli"
VENDOR = "OrgDesigner"
#: optional extras of pyproject.toml that the shipped bundle includes (build.sh installs them)
BUNDLED_EXTRAS = ("fast",)

# fmt: off
#: stdlib modules a kommune's own plugin may import in the frozen app even when the app
#: itself does not use them (PyInstaller bundles only what the app imports)
PLUGIN_STDLIB = [
    "csv", "json", "statistics", "decimal", "fractions", "datetime", "calendar", "zoneinfo",
    "re", "string", "textwrap", "unicodedata", "difflib", "collections", "collections.abc",
    "itertools", "functools", "operator", "dataclasses", "enum", "typing", "pathlib", "os.path",
    "shutil", "tempfile", "glob", "fnmatch", "io", "zipfile", "gzip", "hashlib", "uuid", "math",
    "random", "bisect", "heapq", "copy", "pprint", "logging", "logging.handlers", "locale",
    "gettext", "sqlite3", "xml.etree.ElementTree", "xml.dom.minidom", "html", "configparser",
    "warnings", "contextlib", "abc", "numbers", "struct", "base64", "importlib.resources",
    "importlib.metadata", "tomllib", "graphlib", "array", "secrets", "hmac", "mimetypes",
    "colorsys", "urllib.parse", "shlex", "inspect", "traceback", "types", "weakref", "time",
    "threading", "queue", "concurrent.futures", "pickle", "tarfile", "bz2", "lzma", "xml.sax",
    "xml.dom", "email", "email.message", "email.utils", "plistlib", "platform", "getopt",
    "argparse", "string", "codecs", "itertools", "operator", "keyword", "ast",
]

#: Qt modules of PySide6-Essentials the app never needs unless its source names them
QT_OPTIONAL = [
    "QtConcurrent", "QtDBus", "QtDesigner", "QtHelp", "QtNetwork", "QtOpenGL", "QtOpenGLWidgets",
    "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtSql",
    "QtTest", "QtUiTools", "QtXml", "QtStateMachine", "QtSerialPort", "QtWebSockets",
]

#: development-only packages that a venv may hold and PyInstaller would otherwise drag in
#: (networkx imports numpy/scipy/pandas lazily); dropped unless pyproject makes them runtime deps
DEV_ONLY = [
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "faker", "IPython",
    "matplotlib", "scipy", "numpy", "pandas", "pyarrow", "sympy", "lxml", "PIL", "importlinter",
    "grimp", "ruff", "setuptools", "pip", "pydot", "pygraphviz", "yaml", "xlsxwriter",
]
# fmt: on


def version() -> str:
    """``orgdesigner.__version__``, read from the source."""
    tree = ast.parse((ROOT / "orgdesigner" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", None) == "__version__" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SystemExit("buildinfo: orgdesigner/__init__.py har ingen __version__")


def msi_version(text: str | None = None) -> str:
    """The version as four dotted numbers (MSI and Windows version resources want a.b.c.d)."""
    numbers = [int(n) for n in re.findall(r"\d+", (text or version()).split("+")[0])[:4]]
    return ".".join(str(n) for n in (numbers + [0, 0, 0, 0])[:4])


def builtin_plugins() -> list[str]:
    """Module names in ``orgdesigner_plugins.BUILTIN``, read from ``orgdesigner_plugins/__init__.py``."""
    tree = ast.parse((ROOT / "orgdesigner_plugins" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        target = (
            node.target
            if isinstance(node, ast.AnnAssign)
            else (node.targets[0] if isinstance(node, ast.Assign) else None)
        )
        if getattr(target, "id", None) == "BUILTIN":
            return [str(name) for name in ast.literal_eval(node.value)]
    raise SystemExit("buildinfo: orgdesigner_plugins/__init__.py har ingen BUILTIN-liste")


def _names(requirements: list[str]) -> set[str]:
    names = set()
    for req in requirements:
        match = re.match(r"\s*([A-Za-z0-9_.-]+)", req)
        if match:
            names.add(match.group(1).lower().replace("_", "-"))
    return names


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def runtime_requirements() -> set[str]:
    """Normalised names of what the shipped program may use: the runtime dependencies
    in pyproject.toml plus the optional extras the bundle carries (``BUNDLED_EXTRAS``)."""
    data = _pyproject()
    names = _names(data["project"].get("dependencies", []))
    extras = data["project"].get("optional-dependencies", {})
    for extra in BUNDLED_EXTRAS:
        names |= _names(extras.get(extra, []))
    return names


def dev_only_modules() -> set[str]:
    """Top-level modules of the ``dev`` extra's packages that the program does not need.

    Read from the installed distributions' metadata (the build runs where they are
    installed); a package that is not installed needs no excluding.
    """
    import importlib.metadata as md

    dev = _names(_pyproject()["project"].get("optional-dependencies", {}).get("dev", []))
    wanted = dev - runtime_requirements()
    out = set()
    for module, dists in md.packages_distributions().items():
        if any(d.lower().replace("_", "-") in wanted for d in dists) and not module.startswith("_"):
            out.add(module)
    return out


def _source_text() -> str:
    parts = []
    for package in ("orgdesigner", "orgdesigner_plugins"):
        for path in sorted((ROOT / package).rglob("*.py")):
            parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parts)


def excludes() -> list[str]:
    """Modules kept out of the bundle: unused Qt modules and development-only packages."""
    source = _source_text()
    runtime = runtime_requirements()
    out = [f"PySide6.{name}" for name in QT_OPTIONAL if not re.search(rf"\b{name}\b", source)]
    for name in sorted(dev_only_modules() - set(DEV_ONLY)):
        out.append(name)
    for name in DEV_ONLY:
        dist = {
            "PIL": "pillow",
            "importlinter": "import-linter",
            "_pytest": "pytest",
            "pytestqt": "pytest-qt",
        }.get(name, name)
        if dist.lower() not in runtime:
            out.append(name)
    return out


def hidden_imports() -> list[str]:
    """Modules imported by name at run time, which PyInstaller cannot see by itself.

    The built-in plugins (``orgdesigner_plugins.BUILTIN`` goes through importlib) come first; the
    spec adds every submodule of ``orgdesigner`` and of each built-in plugin to these.
    """
    return builtin_plugins() + ["orgdesigner_plugins"] + PLUGIN_STDLIB


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "version"
    if what == "version":
        print(version())
    elif what == "msi-version":
        print(msi_version())
    elif what == "builtin":
        print("\n".join(builtin_plugins()))
    elif what == "excludes":
        print("\n".join(excludes()))
    else:
        raise SystemExit(f"buildinfo: ukjent spørsmål {what!r}")
