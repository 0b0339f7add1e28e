"""Built-in exporter plugin: documents for the board — the chart as a PowerPoint deck
and the comparison report of alternatives (PDF, Excel or PowerPoint).

``pptx``: ``write(project, scenario, path, unit_id=…)``; ``rapport``:
``write(project, scenario, path, scenarios=[…], validators=[…])`` — the format
follows the file name's extension; without ``scenarios`` every alternative of
the project is compared, the chosen one first.
"""

from __future__ import annotations

from typing import Any

from orgdesigner.api import Exporter, _, hookimpl

__all__ = ["orgdesigner_exporters"]


def _deck(project: Any, scenario: Any, path: Any, **options: Any) -> Any:
    from .deck import write

    return write(project, scenario, path, **options)


def _report(project: Any, scenario: Any, path: Any, **options: Any) -> Any:
    from .report import write

    return write(project, scenario, path, **options)


@hookimpl
def orgdesigner_exporters() -> list[Exporter]:
    return [
        Exporter("pptx", _("Organisasjonskart (PowerPoint)"), (".pptx",), _deck),
        Exporter(
            "rapport",
            _("Sammenligningsrapport (PDF, Excel, PowerPoint)"),
            (".pdf", ".xlsx", ".pptx"),
            _report,
        ),
    ]
