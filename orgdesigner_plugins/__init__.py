"""Built-in plugins of OrgDesigner.

Each is a package here, registered through the same plugin manager and hooks
that a kommune's own plugin uses. The list is explicit (not entry points) so a
frozen PyInstaller build finds them too.
"""

#: module names of the built-in plugins, registered in this order
BUILTIN: list[str] = [
    "orgdesigner_plugins.staff_import",
    "orgdesigner_plugins.validators",
    "orgdesigner_plugins.metric_panels",
    "orgdesigner_plugins.excel_export",
    "orgdesigner_plugins.board_export",
    "orgdesigner_plugins.chart_export",
]
