"""The documents in docs/ stay true: every hook and API name is documented, the plugin guide's
code runs as a plugin, the architecture names every CLI command, and the README links them."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from test_metrics_fixtures import small_project

from orgdesigner import api, hookspecs
from orgdesigner.cli import COMMANDS
from orgdesigner.plugins import create_manager

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _text(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def _python_blocks(name: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", _text(name), flags=re.S)


def test_the_readme_links_every_document():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for doc in ("architecture.md", "plugins.md", "domain.md"):
        assert f"(docs/{doc})" in readme and (DOCS / doc).is_file()
    assert "(examples/orgdesigner-plugin-eksempel)" in readme


@pytest.mark.parametrize("hook", sorted(n for n in dir(hookspecs) if n.startswith("orgdesigner_")))
def test_every_hook_is_in_the_plugin_guide(hook):
    assert f"`{hook}()`" in _text("plugins.md")


@pytest.mark.parametrize("name", api.__all__)
def test_every_api_name_is_in_the_plugin_guide(name):
    assert f"`{name}`" in _text("plugins.md") or f"`{name}(" in _text("plugins.md")


def test_the_architecture_names_every_cli_command():
    text = _text("architecture.md")
    for module in COMMANDS:
        command = {"plugins_cmd": "plugins", "import_cmd": "import"}.get(module, module.replace("_", "-"))
        assert f"`{command}`" in text, command


def test_the_smallest_plugin_loads_and_its_rule_finds_short_names(tmp_path, monkeypatch):
    plugin, test = _python_blocks("plugins.md")[:2]
    folder = tmp_path / "plugins"
    folder.mkdir()
    (folder / "min_kommune.py").write_text(plugin, encoding="utf-8")
    pm = create_manager(builtins=[], entry_points=False, user_dir=folder, machine_dir=tmp_path, disabled=[])
    assert pm.info("min_kommune").status == "active" and not pm.problems
    (validator,) = pm.validators()
    project = small_project()
    sc = project.scenarios["sc"]
    sc.units["b"].name = "Bo"
    found = validator.check(project, sc, {"min_length": 3})
    assert [f.unit_ids for f in found] == [["b"]]
    # the guide's own test, run as written
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.delitem(sys.modules, "min_kommune", raising=False)
    namespace: dict = {}
    exec(compile(test, "plugins.md", "exec"), namespace)
    namespace["test_the_rule_is_offered"]()


def test_the_domain_document_stands_alone():
    text = _text("domain.md")
    for word in ("kontrollspenn", "innplassering", "årsverk", "Fødselsnummer", "forvaltning", "overtallig"):
        assert word in text
    assert "shared/" not in text and "(check)" not in text
