"""Settings that IT pre-fills in the machine-wide file reach the validators."""

import json
import subprocess
import sys

from orgdesigner.model import Project
from orgdesigner.model.project import set_site_defaults


def test_project_setting_falls_back_on_site_defaults():
    p = Project()
    try:
        set_site_defaults({"span.warn": 12})
        assert p.setting("span.warn") == 12
        p.settings["span.warn"] = 20
        assert p.setting("span.warn") == 20  # the project's own value wins
    finally:
        set_site_defaults({})
    assert Project().setting("span.warn") == 30


def test_machine_settings_file_changes_validate(tmp_path, monkeypatch):
    orgd = tmp_path / "demo.orgd"
    cli = [sys.executable, "-m", "orgdesigner"]
    subprocess.run([*cli, "demo", "--out", str(orgd)], check=True, capture_output=True)

    def span_findings():
        out = subprocess.run([*cli, "validate", str(orgd), "--json"], capture_output=True, text=True)
        data = json.loads(out.stdout)
        findings = data["findings"] if isinstance(data, dict) else data
        return [f for f in findings if f["validator"] == "span"]

    before = span_findings()
    machine = tmp_path / "machine.json"
    machine.write_text(json.dumps({"span.warn": 2, "span.error": 3}), encoding="utf-8")
    monkeypatch.setenv("ORGDESIGNER_MACHINE_SETTINGS", str(machine))
    after = span_findings()
    assert len(after) > len(before)
