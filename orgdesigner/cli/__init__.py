"""Headless command line: the same model and plugins as the app, no Qt.

Each command lives in its own module in this package with ``register(subparsers)``
that adds a parser and sets ``func`` to a function ``(args) -> int`` (the exit
status). Add new command modules to :data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from .. import __version__
from ..i18n import LANGUAGES, _, using_language

#: command modules, in the order ``--help`` lists them
COMMANDS = [
    "demo",
    "info",
    "plugins_cmd",
    "import_cmd",
    "import_org",
    "reimport",
    "export",
    "validate",
    "metrics",
    "compare",
    "report",
    "server",
]


#: command names whose module is not simply the name with "-" as "_"
_MODULE_OF = {"import": "import_cmd", "plugins": "plugins_cmd"}


def _commands_for(argv: list[str]) -> list[str]:
    """The command modules ``argv`` needs: only its command's (start-up stays fast, and networkx,
    openpyxl and the plugins load only for the commands that use them); all for help or errors."""
    name = next((a for a in argv if not a.startswith("-")), None)
    if name is None:
        wants_help = any(a in ("-h", "--help") for a in argv)
        return list(COMMANDS) if wants_help or not argv else []
    module = _MODULE_OF.get(name, name.replace("-", "_"))
    return [module] if module in COMMANDS else list(COMMANDS)


def build_parser(commands: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser with ``commands`` (module names; default all of :data:`COMMANDS`)."""
    parser = argparse.ArgumentParser(
        prog="orgdesigner",
        description=_("OrgDesigner – organisasjonsdesign for kommuner. Uten argumenter startes programmet."),
    )
    parser.add_argument("--version", action="version", version=f"OrgDesigner {__version__}")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=_(
            "språk for tekst og tall: nb (bokmål), nn (nynorsk) eller en (engelsk); også etter kommandoen"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar=_("KOMMANDO"))
    for name in COMMANDS if commands is None else commands:
        importlib.import_module(f"{__name__}.{name.replace('-', '_')}").register(sub)
    return parser


def take_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang nn`` / ``--lang=nn`` anywhere in ``argv`` (before or after the command), and the rest."""
    rest: list[str] = []
    language = None
    items = iter(argv)
    for item in items:
        if item == "--":
            rest += [item, *items]
            break
        if item == "--lang":
            language = next(items, "")
        elif item.startswith("--lang="):
            language = item.partition("=")[2]
        else:
            rest.append(item)
    return language, rest


def run(argv: list[str]) -> int:
    """Run one headless command in the language ``--lang`` asks for; returns the exit status."""
    if list(argv) == ["--version"]:  # answered before the settings (and the language they hold) are read
        print(f"OrgDesigner {__version__}")
        return 0
    language, argv = take_language(list(argv))
    if language is not None:
        if language not in LANGUAGES:
            return fail(_("ukjent språk «{language}» (velg nb, nn eller en)").format(language=language), 2)
    with using_language(language):
        return _run(argv)


def _run(argv: list[str]) -> int:
    parser = build_parser(_commands_for(argv))
    args = parser.parse_args(argv)  # --version and --help exit here, before any settings
    from ..config import install_site_defaults

    install_site_defaults()
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # e.g. `orgdesigner info x.orgd | head`: the reader went away
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def fail(message: str, status: int = 1) -> int:
    """Print a user-facing error (no traceback) and return ``status``."""
    print(f"orgdesigner: {message}", file=sys.stderr)
    return status
