"""Built-in exporter plugin: the Excel lists HR hands out (openpyxl).

innplassering, bemanningsplan, organisasjon, lokalisering, funn and historikk,
each ``write(project, scenario, path, **options)`` with ``pseudonymise=True``
for the version that goes to the unions. Every file is written atomically.
"""

from __future__ import annotations

from typing import Any

from orgdesigner.api import N_, Exporter, _, hookimpl

from .common import ExportError

__all__ = ["EXPORTERS", "ExportError", "exporter", "orgdesigner_exporters"]


def _lazy(module: str):
    def write(project: Any, scenario: Any, path: Any, **options: Any) -> Any:
        import importlib

        return importlib.import_module(f"{__name__}.{module}").write(project, scenario, path, **options)

    write.__name__ = f"write_{module}"
    return write


#: id → title (bokmål, translated when the exporter is made); the id is also the CLI's --format
EXPORTERS: dict[str, str] = {
    "innplassering": N_("Innplasseringsliste (Excel)"),
    "bemanningsplan": N_("Bemanningsplan (Excel)"),
    "organisasjon": N_("Organisasjonsstruktur (Excel)"),
    "lokalisering": N_("Lokalisering – konsekvenser (Excel)"),
    "funn": N_("Funn fra kontrollene (Excel)"),
    "historikk": N_("Innplasseringshistorikk (Excel)"),
}


def exporter(export_id: str) -> Exporter:
    return Exporter(export_id, _(EXPORTERS[export_id]), (".xlsx",), _lazy(export_id))


@hookimpl
def orgdesigner_exporters() -> list[Exporter]:
    return [exporter(i) for i in EXPORTERS]


@hookimpl
def orgdesigner_settings() -> dict[str, Any]:
    """Pseudonymised lists: a unit with fewer people than this is shown only as a count."""
    return {"export.pseudonym_min_group": 5}
