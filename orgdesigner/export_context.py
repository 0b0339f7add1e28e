"""What the core hands an exporter plugin: the context of one export.

The app's export dialog and ``orgdesigner export`` build an :class:`ExportContext`
and pass it to ``Exporter.write(project, scenario, path, context=…, **options)``:
the scenario, the options, the validators the plugin manager offers (and their
findings, run once on demand) and, for versions that go to the unions, a
:class:`Pseudonymiser`. Exporters use it instead of reaching into the core.
The option ``language`` (nb, nn, en) writes one export in another language than
the UI's: :func:`run_export` runs the exporter inside ``using_language``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .analysis.validation import run_all
from .i18n import _, using_language
from .model import Project, Scenario
from .model.ops import SetSettings

KEY_SETTING = "export.pseudonym_key"
SMALL_UNIT_SETTING = "export.pseudonym_min_group"
SMALL_UNIT_DEFAULT = 5
_WORD = re.compile(r"[\w\-']+", re.UNICODE)


def pseudonym_key(project: Project) -> str | None:
    key = project.settings.get(KEY_SETTING)
    return str(key) if key else None


def ensure_key_op(project: Project) -> SetSettings | None:
    """An op storing a fresh random key when the project has none (else None).

    The caller decides whether to run it (the app: one undoable step); the CLI
    never changes the project file as a side effect of an export.
    """
    if pseudonym_key(project):
        return None
    return SetSettings({KEY_SETTING: secrets.token_hex(16)}, text=_("Ny nøkkel for pseudonymer"))


class Pseudonymiser:
    """Names → «Ansatt XXXX-XXXX», a keyed hash (HMAC-SHA256) of the person id.

    With the project's key the same person gets the same pseudonym in every
    export; without one (``stable`` False) a random key is used for this export
    only. Nobody without the key can map a pseudonym back to a person.
    """

    def __init__(self, project: Project, key: str | None = None) -> None:
        stored = key or pseudonym_key(project)
        self.stable = bool(stored)
        self._key = (stored or secrets.token_hex(16)).encode()
        self._cache: dict[str, str] = {}
        self._used: dict[str, str] = {}
        self._project = project
        self._words: dict[str, str] | None = None
        self.min_group = int(project.setting(SMALL_UNIT_SETTING, SMALL_UNIT_DEFAULT) or SMALL_UNIT_DEFAULT)

    def name(self, person_id: str | None) -> str:
        if not person_id:
            return _("Vakant")
        got = self._cache.get(person_id)
        if got is None:
            got = self._cache[person_id] = self._make(person_id)
        return got

    def _make(self, person_id: str) -> str:
        digest = hmac.new(self._key, person_id.encode(), hashlib.sha256).digest()
        code = base64.b32encode(digest).decode().rstrip("=")
        n = 8
        while True:  # lengthen on the (rare) collision
            label = _("Ansatt {code}").format(code=f"{code[:4]}-{code[4:n]}")
            if self._used.setdefault(label, person_id) == person_id:
                return label
            n += 1

    def scrub(self, text: str) -> str:
        """``text`` with every word that is part of a name, or an employee number, replaced."""
        if not text:
            return text
        words = self._word_table()
        return _WORD.sub(lambda m: words.get(m.group(0).casefold(), m.group(0)), text)

    def _word_table(self) -> dict[str, str]:
        if self._words is None:
            table: dict[str, str] = {}
            for person in self._project.persons.values():
                for part in _WORD.findall(person.name):
                    if len(part) >= 2:
                        table[part.casefold()] = _("[navn]")
                if person.employee_no.strip():
                    table[person.employee_no.strip().casefold()] = _("[ansattnr]")
            self._words = table
        return self._words


@dataclass
class ExportContext:
    """One export: the scenario, the options, validators and their findings, a pseudonymiser."""

    project: Project
    scenario: Scenario
    options: dict[str, Any] = field(default_factory=dict)
    validators: list[Any] = field(default_factory=list)
    pseudonymiser: Pseudonymiser | None = None
    report_failure: Callable[[Any, BaseException], None] | None = None
    _findings: list[Any] | None = field(default=None, repr=False)

    def findings(self) -> list[Any]:
        """The findings of every enabled validator on the scenario (run once)."""
        if self._findings is None:
            runner = run_all(
                self.project, self.scenario, self.validators, report=self.report_failure or _ignore
            )
            self._findings = runner.findings()
        return self._findings


def _ignore(_validator: Any, _exc: BaseException) -> None:
    return None


def make_context(
    project: Project, scenario: Scenario, manager: Any = None, options: dict[str, Any] | None = None
) -> ExportContext:
    """A context with the validators of ``manager`` (a PluginManager or None)."""
    opts = dict(options or {})
    validators: list[Any] = []
    report = None
    if manager is not None:
        with using_language(opts.get("language")):  # titles in the export's language
            validators = list(manager.validators())

        def report(v: Any, exc: BaseException) -> None:
            owner = manager.plugin_of(v) or v.id
            manager.report(owner, _("validatoren «{id}» feilet: {error}").format(id=v.title, error=exc), exc)

    pseudo = Pseudonymiser(project) if opts.get("pseudonymise") else None
    return ExportContext(project, scenario, opts, validators, pseudo, report)


def run_export(exporter: Any, ctx: ExportContext, path: Any) -> Any:
    """Call ``exporter.write`` with the context (the options also as keywords), in the language
    the option ``language`` names (else the current one)."""
    extra = {k: v for k, v in ctx.options.items() if k not in ("context", "language")}
    with using_language(ctx.options.get("language")):
        return exporter.write(ctx.project, ctx.scenario, path, context=ctx, **extra)
