"""Built-in plugins of OrgDesigner.

Each is a package here, registered through the same plugin manager and hooks
that a kommune's own plugin uses. The list is explicit (not entry points) so a
frozen PyInstaller build finds them too.
"""

#: module names of the built-in plugins, registered in this order
BUILTIN: list[str] = [
    "plugins.staff_import",
    "plugins.validators",
    "plugins.metric_panels",
    "plugins.excel_export",
    "plugins.board_export",
    "plugins.chart_export",
]
