"""The register's measures, declared once (``netralitas/measures.py``): the declaration agrees with
itself, with the labels and with the SQL, and a measure added in its three places (declaration,
one SQL expression, labels) reaches the map, the comparison, the brief, the league, the edition's
table and the public release without another line of code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from netralitas import measures
from netralitas.i18n import CATALOGUE
from netralitas.settings import QUERIES_DIR, REPO_ROOT


def test_each_place_shows_what_its_table_holds() -> None:
    region, summary = set(measures.names("region")), set(measures.names("summary"))
    per_population = {m.name for m in measures.REGISTER if m.per_population}
    assert set(measures.names("map")) <= region  # the map and its ranking read the region table
    assert set(measures.names("edition")) <= region
    assert set(measures.names("compare")) <= summary | per_population  # pools read the summary
    assert set(measures.names("brief")) <= summary | per_population
    for place in ("region", "summary", "league"):
        shown = set(measures.names(place))  # type: ignore[arg-type]
        for name, counts in measures.derived(place).items():  # type: ignore[arg-type]
            assert set(counts) <= shown, (place, name)  # a derived measure is hidden with counts it shows


def test_every_measure_has_its_labels_and_every_count_its_sql() -> None:
    subjects = (QUERIES_DIR / "marts" / "fct_case_subjects.sql").read_text(encoding="utf-8")
    for m in measures.REGISTER:
        if m.places & {"map", "compare"}:  # offered by name, with its definition on the methods page
            assert f"measure.{m.name}" in CATALOGUE and f"measure.help.{m.name}" in CATALOGUE, m.name
        if "brief" in m.places:
            assert f"brief.m.{m.name}" in CATALOGUE, m.name
        if "edition" in m.places:
            assert f"site.register.{m.name}" in CATALOGUE, m.name
        if m.per_person:
            assert f" as counts_{m.name}," in subjects or f" as counts_{m.name}\n" in subjects, m.name


ADD_A_MEASURE = r"""
import json, shutil, sys
from pathlib import Path

tmp = Path(sys.argv[1])
from netralitas import settings

# 1. its one SQL expression: whether a person counts for it
queries = tmp / "queries"
shutil.copytree(settings.QUERIES_DIR, queries)
subjects = queries / "marts" / "fct_case_subjects.sql"
sql = subjects.read_text(encoding="utf-8")
anchor = "        true as counts_persons,\n"
assert anchor in sql
expression = "        coalesce(is_violation and intake_type = 'temuan', false) as counts_violations_found,\n"
subjects.write_text(sql.replace(anchor, anchor + expression), encoding="utf-8")
settings.QUERIES_DIR = queries

# 2. its declaration
from netralitas import measures

everywhere = frozenset({"map", "region", "summary", "compare", "brief", "league", "edition", "release"})
measures.REGISTER = (*measures.REGISTER, measures.Measure("violations_found", "count", everywhere, per_person=True))

# 3. its labels
from netralitas import i18n

i18n.CATALOGUE.update({
    "measure.violations_found": ("Pelanggaran dari temuan", "Violations from findings"),
    "measure.help.violations_found": ("ASN melanggar yang berawal dari temuan.", "Violating ASN found by Bawaslu."),
    "brief.m.violations_found": ("Pelanggaran dari temuan", "Violations from findings"),
    "site.register.violations_found": ("Pelanggaran dari temuan", "Violations from findings"),
})

# ... and nothing else: every view below reads the declaration.
import duckdb

from netralitas import data, disclosure, rules
from netralitas.access import privacy
from netralitas.access.viewer import PUBLIC, Viewer
from netralitas.pipeline import warehouse

con = duckdb.connect()
warehouse.build_into(con, settings.get_settings())  # the contracts hold with the new column
admin = Viewer("admin", "", "root")
election, m = "pilkada_2024", "violations_found"
truth = con.execute(
    "select count(*) from main.fct_case_subjects where election_id = $e and is_violation and intake_type = 'temuan'",
    {"e": election},
).fetchone()[0]
regions = data.region_measures(con, election, "1", "", admin)
public_map = data.region_measures(con, election, "2", "", PUBLIC)
summary = data.enforcement_summary(con, election, "", admin)
compare = data.comparison(con, election, ("33", "35"), admin)
league = data.ppk_league(con, election, "", "region", admin)
cells = data.release_cells(con, election, 30)
import netralitas.briefs as briefs_pkg
brief_source = "".join(p.read_text() for p in Path(briefs_pkg.__file__).parent.glob("*.py"))
from netralitas.briefs import content
print(json.dumps({
    "truth": int(truth),
    "map_choice": m in rules.MEASURES,
    "map_total": int(regions[m].sum()),
    "map_public_protected": privacy.flag(m) in public_map.columns,
    "summary": int(summary[m]),
    "compare": m in compare.columns,
    "league_total": int(league[m].sum()),
    "release_protects": m in disclosure.RELEASE_COUNTS and int(cells[m].sum()),
    "brief_headline": [k for k, *_ in content.HEADLINE],
    "edition_table": list(__import__("netralitas.edition.record", fromlist=["x"]).REGISTER_MEASURES),
}))
"""


def test_a_register_measure_added_in_its_three_places_reaches_every_view(tmp_path: Path) -> None:
    """As an election is added as data only (test_pages), a register measure is added as a
    declaration, one SQL expression and its labels; here "violations found by Bawaslu" (a
    finding that ended in a violation) is added in a fresh interpreter, and the map, the summary,
    the comparison, the league, the brief, the edition's table and the public release all carry
    it, with the count the SQL gives."""
    script = tmp_path / "add_measure.py"
    script.write_text(ADD_A_MEASURE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["truth"] > 0
    assert seen["map_choice"] and seen["map_public_protected"] and seen["compare"]
    # a province row pools its regencies, so the provinces add up to the nation
    assert seen["map_total"] == seen["summary"] == seen["truth"] == seen["release_protects"]
    assert seen["league_total"] <= seen["truth"]  # the league counts among the recommended
    assert "violations_found" in seen["brief_headline"]
    assert "violations_found" in seen["edition_table"]
