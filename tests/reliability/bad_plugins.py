"""Generator of misbehaving plugins: each is the source of a one-file plugin.

``PLUGINS`` maps a plugin name to its source; every one must end up named in
the manager's problems (and, where it says so, disabled) while the app goes on.
"""

from __future__ import annotations

HEAD = """
import logging, os, sys, time
from orgdesigner.hookspecs import Exporter, Finding, Importer, MetricPanel, Validator, hookimpl
"""


def _validator(check_body: str) -> str:
    return (
        HEAD
        + f"""
def _check(project, scenario, settings):
{check_body}

@hookimpl
def orgdesigner_validators():
    return [Validator(__name__.rsplit("_", 1)[-1] + ".rule", "Regel", "warning", _check)]
"""
    )


def _hook(hook: str, body: str) -> str:
    return (
        HEAD
        + f"""
@hookimpl
def {hook}():
{body}
"""
    )


SLEEP = 30  # seconds; far beyond the limit the tests set

PLUGINS: dict[str, str] = {
    # at import
    "sovimport": HEAD + f"time.sleep({SLEEP})\n",
    "exitimport": HEAD + "sys.exit(4)\n",
    "avbruddimport": HEAD + "raise KeyboardInterrupt\n",
    "printimport": HEAD + "print('hei fra programtillegget')\nprint('feil', file=sys.stderr)\n",
    "loggimport": HEAD + "logging.basicConfig(level=logging.DEBUG, force=True)\n",
    "syntaks": "def oops(:\n",
    "minneimport": HEAD + "raise MemoryError\n",
    # in a hook
    "sovhook": _hook("orgdesigner_validators", f"    time.sleep({SLEEP})\n    return []"),
    "exithook": _hook("orgdesigner_validators", "    raise SystemExit(6)"),
    "printhook": _hook("orgdesigner_validators", '    print(\'{"ikke": "json"}\')\n    return []'),
    "logghook": _hook(
        "orgdesigner_settings", "    logging.basicConfig(level=logging.DEBUG, force=True)\n    return {}"
    ),
    "eksportfeil": _hook("orgdesigner_exporters", "    raise RuntimeError('eksport i stykker')"),
    "importfeil": _hook("orgdesigner_importers", "    raise RuntimeError('import i stykker')"),
    "innstillingsfeil": _hook("orgdesigner_settings", "    raise RuntimeError('innstillinger i stykker')"),
    "ikkeliste": _hook("orgdesigner_exporters", "    return 'ikke en liste'"),
    "dobbelteksport": _hook(
        "orgdesigner_exporters",
        "    return [Exporter('x.csv', 'A', ('.csv',), lambda *a, **k: None),"
        " Exporter('x.csv', 'B', ('.csv',), lambda *a, **k: None)]",
    ),
    "innstillinga": _hook("orgdesigner_settings", "    return {'felles.grense': 1}"),
    "innstillingb": _hook("orgdesigner_settings", "    return {'felles.grense': 2}"),
    "rekursjon": _hook("orgdesigner_metric_panels", "    def f(n): return f(n + 1)\n    return f(0)"),
    # in a validator's check()
    "sovsjekk": _validator(f"    time.sleep({SLEEP})\n    return []"),
    "exitsjekk": _validator("    raise SystemExit(4)"),
    "avbruddsjekk": _validator("    raise KeyboardInterrupt"),
    "tekstsjekk": _validator("    return 'alt er fint'"),
    "tekstlistesjekk": _validator("    return ['alt', 'er', 'fint']"),
    "nonefunn": _validator("    return [Finding(None, None, None, None, None)]"),
    "feilgrad": _validator("    return [Finding('x', 'katastrofe', 'melding')]"),
    "printsjekk": _validator("    print('forstyrrelse')\n    return []"),
    "endrersjekk": _validator(
        "    for org in [*project.sources.values(), *project.scenarios.values()]:\n"
        "        org.units.clear()\n"
        "    return []"
    ),
    "navnesjekk": _validator(
        "    for org in project.scenarios.values():\n"
        "        for u in org.units.values():\n"
        "            u.name = 'hacket'\n"
        "    return []"
    ),
    "prosjektnavnsjekk": _validator("    project.name = 'hacket'\n    return []"),
    "loggsjekk": _validator("    logging.basicConfig(force=True)\n    return []"),
    # other records
    "panelfeil": _hook(
        "orgdesigner_metric_panels",
        "    return [MetricPanel('p.x', 'P', lambda project, scenario: 'ikke en dict', lambda controller: 42)]",
    ),
    "leserfeil": _hook(
        "orgdesigner_importers",
        "    return [Importer('r.x', 'R', ('.xyz',), lambda path, project, **o: None)]",
    ),
    "skriverfeil": _hook(
        "orgdesigner_exporters",
        "    def w(project, scenario, path, **o):\n        raise SystemExit(2)\n"
        "    return [Exporter('w.x', 'W', ('.xyz',), w)]",
    ),
}

#: plugins that fail at import (the rest load and misbehave when called)
AT_IMPORT = {"sovimport", "exitimport", "avbruddimport", "syntaks", "minneimport"}
#: plugins that load fine and leave a problem only about their output or logging
NOTICE_ONLY = {"loggimport", "logghook", "loggsjekk", "innstillingb", "dobbelteksport", "ikkeliste"}
#: print only: the output goes to the log, the plugin stays on
QUIET = {"printimport", "printhook", "printsjekk"}
#: well-behaved, named only through another plugin's problem
INNOCENT = {"innstillinga"}
