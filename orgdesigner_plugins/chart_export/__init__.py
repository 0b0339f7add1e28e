"""Built-in exporter plugin: the organisation chart as PDF (vector, fit or tiled on
A4/A3), PNG or SVG, drawn by the app's own chart scene (Qt, offscreen when there
is no display).

Options: ``unit_id`` (only this subtree), ``paper`` (A4/A3), ``orientation``
(auto/landscape/portrait), ``tile`` (spread a large chart over several pages),
``collapsed`` (units whose subtrees are hidden, as in the editor), ``colour_mode``.
"""

from __future__ import annotations

from typing import Any

from orgdesigner.api import N_, Exporter, _, hookimpl

__all__ = ["orgdesigner_exporters"]

TITLES = {
    "pdf": N_("Organisasjonskart (PDF)"),
    "png": N_("Organisasjonskart (PNG-bilde)"),
    "svg": N_("Organisasjonskart (SVG-tegning)"),
}


def _writer(fmt: str):
    def write(project: Any, scenario: Any, path: Any, **options: Any) -> int:
        from orgdesigner.api import render_chart

        sc = scenario if hasattr(scenario, "units") else None
        if sc is None:
            sc = project.scenario(str(scenario)) if scenario else next(iter(project.scenarios.values()))
        return render_chart(
            project,
            sc.id,
            str(path),
            fmt,
            root_unit_id=options.get("unit_id") or None,
            paper=options.get("paper") or "A4",
            orientation=options.get("orientation") or "auto",
            mode="tile" if options.get("tile") else "fit",
            collapsed=options.get("collapsed") or (),
            colour_mode=options.get("colour_mode") or "type",
        )

    write.__name__ = f"write_{fmt}"
    return write


@hookimpl
def orgdesigner_exporters() -> list[Exporter]:
    return [Exporter(fmt, _(title), (f".{fmt}",), _writer(fmt)) for fmt, title in TITLES.items()]
