"""Cheap checks of the packaging files (installer/, .github/workflows/) without building.

The real builds are scripts: installer/smoke_test.sh (PyInstaller bundle on Linux),
installer/test_installer_wine.sh (MSI under wine) and .github/workflows/windows.yml.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import orgdesigner
import orgdesigner_plugins
from orgdesigner import config

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
WXS_NS = {"w": "http://schemas.microsoft.com/wix/2006/wi"}


@pytest.fixture(scope="module")
def buildinfo():
    sys.path.insert(0, str(INSTALLER))
    try:
        yield importlib.import_module("buildinfo")
    finally:
        sys.path.remove(str(INSTALLER))


def test_buildinfo_reads_the_single_sources(buildinfo):
    assert buildinfo.version() == orgdesigner.__version__
    assert buildinfo.builtin_plugins() == list(orgdesigner_plugins.BUILTIN)
    assert re.fullmatch(r"\d+\.\d+\.\d+\.\d+", buildinfo.msi_version())
    assert buildinfo.msi_version("1.2") == "1.2.0.0"
    assert buildinfo.msi_version("2.10.3.dev1+g12") == "2.10.3.1"


def test_spec_hidden_imports_cover_every_builtin_plugin(buildinfo):
    hidden = buildinfo.hidden_imports()
    missing = [name for name in orgdesigner_plugins.BUILTIN if name not in hidden]
    assert not missing, f"not collected by the frozen build: {missing}"
    spec = (INSTALLER / "orgdesigner.spec").read_text(encoding="utf-8")
    # the spec takes its hidden imports from buildinfo and adds every submodule of each plugin
    assert "buildinfo.hidden_imports()" in spec
    assert 'collect_submodules("orgdesigner")' in spec
    assert "for plugin in buildinfo.builtin_plugins():" in spec
    for name in orgdesigner_plugins.BUILTIN:
        importlib.import_module(name)  # a typo in BUILTIN would break the frozen app


def test_stdlib_offered_to_kommune_plugins_exists(buildinfo):
    for name in buildinfo.PLUGIN_STDLIB:
        importlib.import_module(name)  # a misspelt name would only warn in PyInstaller
    assert set(buildinfo.PLUGIN_STDLIB) <= set(buildinfo.hidden_imports())


def test_excludes_never_drop_what_the_app_uses(buildinfo):
    excluded = set(buildinfo.excludes())
    for needed in (
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtSvg",
        "PySide6.QtPrintSupport",
    ):
        assert needed not in excluded
    for dist in buildinfo.runtime_requirements():
        assert dist.replace("-", "_") not in {e.lower() for e in excluded}
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "orgdesigner").rglob("*.py"))
    source += "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "orgdesigner_plugins").rglob("*.py"))
    for module in excluded:
        if module.startswith("PySide6."):
            qt = module.split(".", 1)[1]
            assert not re.search(rf"\b{qt}\b", source), f"{module} is used but excluded"


def test_msi_version_is_injected_not_hard_coded():
    wxs = (INSTALLER / "orgdesigner.wxs").read_text(encoding="utf-8")
    product = ET.fromstring(wxs).find("w:Product", WXS_NS)
    assert product.get("Version") == "$(var.Version)"
    build_msi = (INSTALLER / "build_msi.sh").read_text(encoding="utf-8")
    assert "buildinfo.py msi-version" in build_msi and '-D Version="$MSI_VERSION"' in build_msi
    assert orgdesigner.__version__ not in wxs


def test_msi_definition_is_per_machine_with_association_and_machine_folders():
    root = ET.parse(INSTALLER / "orgdesigner.wxs").getroot()
    product = root.find("w:Product", WXS_NS)
    assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", product.get("UpgradeCode"))
    assert product.find("w:Package", WXS_NS).get("InstallScope") == "perMachine"
    assert product.find("w:MajorUpgrade", WXS_NS) is not None
    dirs = {d.get("Id"): d for d in product.iter(f"{{{WXS_NS['w']}}}Directory")}
    assert dirs["INSTALLDIR"].get("Name") == "OrgDesigner"
    assert "INSTALLDIR" in [d.get("Id") for d in dirs["ProgramFiles64Folder"]]
    assert dirs["MACHINEPLUGINDIR"].get("Name") == "plugins"
    assert "MACHINEDATADIR" in [d.get("Id") for d in dirs["CommonAppDataFolder"]]
    shortcut = next(product.iter(f"{{{WXS_NS['w']}}}Shortcut"))
    assert shortcut.get("Target") == "[INSTALLDIR]OrgDesigner.exe"
    registry = {
        (r.get("Key"), r.get("Name")): r.get("Value") for r in product.iter(f"{{{WXS_NS['w']}}}RegistryValue")
    }
    assert registry[("Software\\Classes\\.orgd", None)] == "OrgDesigner.Project"
    assert registry[("Software\\Classes\\OrgDesigner.Project\\shell\\open\\command", None)] == (
        '"[INSTALLDIR]OrgDesigner.exe" "%1"'
    )
    guids = [c.get("Guid") for c in product.iter(f"{{{WXS_NS['w']}}}Component")]
    assert len(guids) == len(set(guids))
    settings = next(f for f in product.iter(f"{{{WXS_NS['w']}}}File") if f.get("Name") == "settings.json")
    assert settings.get("Source") == "$(var.SettingsFile)"


def test_machine_settings_template_is_what_config_reads(tmp_path):
    template = INSTALLER / "settings.json"
    json.loads(template.read_text(encoding="utf-8"))
    settings = config.load_settings(template)
    assert settings.problems == []
    assert settings.disabled_plugins == []
    from orgdesigner.ui.app import LANGUAGES

    assert settings.get("language") in LANGUAGES


def test_readme_names_the_real_paths_and_commands():
    readme = (INSTALLER / "README.md").read_text(encoding="utf-8")
    for needle in (
        "msiexec /i",
        "/qn",
        "msiexec /x",
        r"%ProgramData%\OrgDesigner\settings.json",
        r"%ProgramData%\OrgDesigner\plugins",
        "disabled_plugins",
        "SHA256",
        "signtool",
        "osslsigncode",
    ):
        assert needle in readme, needle


def test_workflow_parses_and_runs_the_real_steps():
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8"))
    job = next(iter(workflow["jobs"].values()))
    assert job["runs-on"].startswith("windows")
    text = json.dumps(job)
    for needle in (
        "installer/build.sh",
        "installer/build_msi.sh",
        "msiexec",
        "/qn",
        "ORGDESIGNER_SMOKE_EXIT_MS",
    ):
        assert needle in text, needle


def test_ico_packing_writes_a_valid_directory(buildinfo):
    sys.path.insert(0, str(INSTALLER))
    try:
        make_icons = importlib.import_module("make_icons")
    finally:
        sys.path.remove(str(INSTALLER))
    pngs = {16: b"\x89PNG-a", 256: b"\x89PNG-bbbb"}
    data = make_icons.pack_ico(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 2)
    entries = [struct.unpack_from("<BBBBHHII", data, 6 + 16 * i) for i in range(count)]
    assert [e[0] for e in entries] == [16, 0]  # 0 means 256
    for entry, png in zip(entries, (pngs[16], pngs[256]), strict=True):
        size, offset = entry[6], entry[7]
        assert data[offset : offset + size] == png


def test_msi_builds_around_a_stand_in_with_the_package_version(tmp_path, buildinfo):
    """Builds the real MSI definition with wixl (skipped where msitools are missing)."""
    import shutil
    import subprocess

    for tool in ("wixl", "wixl-heat", "msibuild", "msiinfo"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} not installed (apt-get install wixl msitools)")
    bundle = tmp_path / "OrgDesigner"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "OrgDesigner.exe").write_bytes(b"MZ stand-in")
    (bundle / "orgdesigner-cli.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    msi = tmp_path / "test.msi"
    env = {**os.environ, "PYTHON": sys.executable}
    env.pop("SIGN_CMD", None)
    done = subprocess.run(
        ["bash", str(INSTALLER / "build_msi.sh"), str(bundle), str(msi)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]

    def table(name: str) -> list[list[str]]:
        out = subprocess.run(
            ["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True
        )
        return [line.split("\t") for line in out.stdout.splitlines()[3:]]

    props = dict(row[:2] for row in table("Property"))
    assert props["ProductVersion"] == buildinfo.msi_version()
    assert props["ALLUSERS"] == "1"
    components = {row[0]: row for row in table("Component")}
    assert components["MachineSettings"][3] == "400"  # 64-bit + NeverOverwrite + Permanent
    locks = table("MsiLockPermissionsEx")
    assert locks and locks[0][1] == "MACHINEDATADIR" and "(A;OICI;0x1200a9;;;BU)" in locks[0][3]
    upgrade = {row[6]: row for row in table("Upgrade")}
    assert upgrade["WIX_UPGRADE_DETECTED"][2] == buildinfo.msi_version()  # same version upgrades too
    assert upgrade["WIX_UPGRADE_DETECTED"][4] == "513"
    files = {row[2].split("|")[-1] for row in table("File")}
    assert {"OrgDesigner.exe", "orgdesigner-cli.exe", "base_library.zip", "settings.json"} <= files
    assert (tmp_path / "test.msi.sha256").read_text().split()[1] == "test.msi"
