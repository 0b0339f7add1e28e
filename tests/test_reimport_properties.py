"""Property test: for any month-to-month change of a staff list, the change report names
exactly the people who left, who are new and whose fields changed, and after applying it
the same list reports no change."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_import_support import isolated_config  # noqa: F401 (autouse fixture)

from orgdesigner.analysis.reimport import apply_op, compare, incoming_from
from orgdesigner.model import Project
from orgdesigner_plugins.staff_import import Options, read_staff_list

HEAD = ["Ansattnr", "Navn", "Stillingstittel", "Stilling %", "Enhet", "Avdeling", "Arbeidssted", "Årslønn"]
UNITS = [("Helse", "Sykehjem"), ("Helse", "Hjemmetjeneste"), ("Oppvekst", "Skole"), ("Stab", "")]
TITLES = ["Sykepleier", "Lærer", "Rådgiver"]
PLACES = ["Rådhuset", "Skolen", "Sykehjemmet"]

person = st.fixed_dictionaries(
    {
        "title": st.sampled_from(TITLES),
        "fte": st.sampled_from([20, 50, 80, 100]),
        "unit": st.sampled_from(UNITS),
        "place": st.sampled_from(PLACES),
        "salary": st.sampled_from([500000, 600000]),
    }
)


def write(path: Path, people: dict[int, dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Testby kommune – ansatte"])
        w.writerow(HEAD)
        for no, p in people.items():
            w.writerow([no, f"Person {no}", p["title"], p["fte"], *p["unit"], p["place"], p["salary"]])
    return path


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    before=st.dictionaries(st.integers(1000, 1060), person, min_size=1, max_size=25),
    after_new=st.dictionaries(st.integers(2000, 2030), person, max_size=6),
    data=st.data(),
)
def test_report_is_exact_and_applying_it_settles(before, after_new, data) -> None:
    keep = data.draw(st.sets(st.sampled_from(sorted(before))))
    edited = data.draw(st.sets(st.sampled_from(sorted(keep)))) if keep else set()
    edits = {no: data.draw(person) for no in sorted(edited)}
    after = {no: edits.get(no, before[no]) for no in sorted(keep)} | after_new
    with tempfile.TemporaryDirectory() as tmp:
        project = Project()
        first = read_staff_list(write(Path(tmp) / "m1.csv", before), project=project)
        first.op(project).apply(project)
        src = next(iter(project.sources.values()))
        path = write(Path(tmp) / "m2.csv", after)
        result = read_staff_list(path, Options(kommune=src.name), project=project)
        report = compare(project, src.id, incoming_from(result))
        assert sorted(int(x["employee_number"]) for x in report.left) == sorted(set(before) - keep)
        assert sorted(int(x["employee_number"]) for x in report.new) == sorted(after_new)
        really = {no for no in keep if before[no] != after[no]}
        assert {int(c.employee_number) for c in report.changed} == really
        for c in report.changed:
            old, new = before[int(c.employee_number)], after[int(c.employee_number)]
            assert ("title" in c.fields) == (old["title"] != new["title"])
            assert ("fte_percent" in c.fields) == (old["fte"] != new["fte"])
            assert ("work_place" in c.fields) == (old["place"] != new["place"])
            assert ("unit" in c.fields) == (old["unit"] != new["unit"])
        apply_op(project, report).apply(project)
        again = compare(
            project, src.id, incoming_from(read_staff_list(path, Options(kommune=src.name), project=project))
        )
        assert again.empty and again.unchanged == len(after)
