"""The larger reliability run: many generated bad staff lists, damaged project files and
misbehaving plugins, each in its own child process; prints cases tried and passed.

    python tests/reliability/run.py                      # 300 lists, 800 project files, every plugin
    python tests/reliability/run.py --lists 2000 --projects 3000 --seed 7
    python tests/reliability/run.py --large              # also the 2 GiB zip bomb and 20 M rows

A case passes when the child finished (no abort, no hang past its time limit, under
2 GiB) and the outcome is a clean import or a refusal whose message names the file;
for project files: a clean open or a «Kan ikke åpne …» message; for plugins: the
commands still give valid JSON and the plugin is named. Exit status 1 if any failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import bad_lists  # noqa: E402
import bad_plugins  # noqa: E402
import hostile_projects  # noqa: E402
from harness import REPO, import_in_child  # noqa: E402

from orgdesigner import storage  # noqa: E402

OPEN_CHILD = r"""
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
from orgdesigner import storage
from orgdesigner.storage import ProjectFileError
try:
    p = storage.load(sys.argv[1])
    for org in [*p.sources.values(), *p.scenarios.values()]:
        assert len(list(org.walk())) <= len(org.units)
    storage.save(p, sys.argv[1] + ".igjen.orgd")
    storage.load(sys.argv[1] + ".igjen.orgd")
    print(json.dumps({"opened": True}))
except ProjectFileError as exc:
    print(json.dumps({"opened": False, "message": str(exc)}))
"""


def run_lists(n: int, seed: int, large: bool, tmp: Path) -> tuple[int, list[str]]:
    cases = list(bad_lists.NAMED) + (list(bad_lists.LARGE) if large else []) + bad_lists.random_cases(n, seed)
    failed: list[str] = []
    for i, (name, suffix, make) in enumerate(cases):
        path = tmp / f"liste{i}{suffix}"
        make(path)
        engine = (
            "calamine"
            if (suffix == ".xlsx" and i % 2 == 0)
            else ("openpyxl" if suffix == ".xlsx" else "auto")
        )
        out = import_in_child(path, engine, timeout=120)
        if "crash" in out or (not out["ok"] and path.name not in out["message"]):
            failed.append(f"liste «{name}» ({engine}): {out.get('crash') or out.get('message')}")
        path.unlink()
    return len(cases), failed


def run_projects(n: int, seed: int, tmp: Path) -> tuple[int, list[str]]:
    cases = list(hostile_projects.NAMED) + hostile_projects.random_cases(n, seed)
    failed: list[str] = []
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for i, (name, make) in enumerate(cases):
        path = tmp / f"p{i}.orgd"
        make(path)
        try:
            proc = subprocess.run(
                [sys.executable, "-c", OPEN_CHILD, str(path)],
                capture_output=True,
                text=True,
                timeout=60,
                env=env,
            )
        except subprocess.TimeoutExpired:
            failed.append(f"prosjekt «{name}»: over 60 s")
            continue
        try:
            out = json.loads(proc.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            failed.append(f"prosjekt «{name}»: exit {proc.returncode}: {proc.stderr[-400:]}")
            continue
        if not out["opened"] and (not out["message"].startswith("Kan ikke åpne") or "\x00" in out["message"]):
            failed.append(f"prosjekt «{name}»: {out['message'][:200]}")
        for f in tmp.glob(f"p{i}.orgd*"):
            f.unlink()
    return len(cases), failed


def run_plugins(tmp: Path) -> tuple[int, list[str]]:
    project = tmp / "p.orgd"
    storage.save(hostile_projects.base_project(), project)
    failed: list[str] = []
    for name, source in bad_plugins.PLUGINS.items():
        folder = tmp / f"plugins-{name}"
        folder.mkdir()
        (folder / f"{name}.py").write_text(source, encoding="utf-8")
        env = {
            **os.environ,
            "PYTHONPATH": str(REPO),
            "ORGDESIGNER_USER_PLUGINS": str(folder),
            "ORGDESIGNER_PLUGIN_TIME_LIMIT": "2",
            "ORGDESIGNER_DATA_DIR": str(tmp / f"data-{name}"),
        }
        named = False
        for cmd in (["plugins", "--json"], ["validate", str(project), "--json"], ["info", str(project)]):
            try:
                proc = subprocess.run(
                    [sys.executable, "-m", "orgdesigner", *cmd],
                    capture_output=True,
                    text=True,
                    timeout=90,
                    env=env,
                    cwd=REPO,
                )
            except subprocess.TimeoutExpired:
                failed.append(f"programtillegg «{name}»: {cmd[0]} over 90 s")
                break
            if proc.returncode not in (0, 1, 2) or "Traceback" in proc.stderr:
                failed.append(
                    f"programtillegg «{name}»: {cmd[0]} exit {proc.returncode}: {proc.stderr[-300:]}"
                )
                break
            if "--json" in cmd:
                try:
                    data = json.loads(proc.stdout)
                except ValueError:
                    failed.append(f"programtillegg «{name}»: {cmd[0]} --json gave no JSON")
                    break
                if cmd[0] == "plugins":
                    named = any(p["name"] == name for p in data.get("problems", []))
        else:
            if name in bad_plugins.AT_IMPORT and not named:
                failed.append(f"programtillegg «{name}»: not named by `plugins --json`")
    return len(bad_plugins.PLUGINS), failed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lists", type=int, default=300, help="random staff lists besides the named ones")
    ap.add_argument(
        "--projects", type=int, default=800, help="random damaged project files besides the named ones"
    )
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--large", action="store_true", help="also the 2 GiB zip bomb and the 20 M-row sheet")
    ap.add_argument("--skip", nargs="*", default=[], choices=["lists", "projects", "plugins"])
    args = ap.parse_args()
    total_tried = total_failed = 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        parts = {
            "lists": lambda: run_lists(args.lists, args.seed, args.large, tmp),
            "projects": lambda: run_projects(args.projects, args.seed, tmp),
            "plugins": lambda: run_plugins(tmp),
        }
        for part, job in parts.items():
            if part in args.skip:
                continue
            t0 = time.monotonic()
            tried, failed = job()
            total_tried += tried
            total_failed += len(failed)
            print(
                f"{part:9} tried {tried:5}  passed {tried - len(failed):5}  ({time.monotonic() - t0:.0f} s)"
            )
            for f in failed[:20]:
                print("   FAILED", f)
    print(f"all       tried {total_tried:5}  passed {total_tried - total_failed:5}")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
