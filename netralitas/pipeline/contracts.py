"""Table contracts from ``queries/marts/_contracts.yml``, checked on every build.

Each check is a query that counts offending rows; a contract holds when
every count is zero. Identifiers come from the contract file (ours, in git),
never from a user, and are quoted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import yaml

from netralitas import measures
from netralitas.settings import QUERIES_DIR

CONTRACTS_FILE = QUERIES_DIR / "marts" / "_contracts.yml"


@dataclass(frozen=True)
class Model:
    name: str
    grain: str
    columns: dict[str, dict[str, Any]]
    unique: list[list[str]] = field(default_factory=list)
    stage_order: list[str] = field(default_factory=list)
    expect: list[str] = field(default_factory=list)

    @property
    def table(self) -> str:
        """Qualified table: ``restricted__x`` lives in schema ``restricted``."""
        if "__" in self.name:
            schema, name = self.name.split("__", 1)
            return f'"{schema}"."{name}"'
        return f'main."{self.name}"'


def _declared_counts(model: str) -> dict[str, dict[str, Any]]:
    """Columns a register measure's declaration documents (``netralitas/measures.py``): the
    per-person ``counts_<name>`` of the case register and the counts made of them per region."""
    if model == "fct_case_subjects":
        return {
            f"counts_{name}": {"description": f"Whether this ASN counts for the measure {name}", "not_null": True}
            for name in measures.per_person()
        }
    if model == "fct_region_enforcement":
        return {name: {"description": f"ASN counted for {name}", "not_null": True} for name in measures.per_person()}
    return {}


def load(path: Path = CONTRACTS_FILE) -> list[Model]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Model(
            name=m["name"],
            grain=m["grain"],
            columns=_declared_counts(m["name"]) | {k: (v or {}) for k, v in m.get("columns", {}).items()},
            unique=m.get("unique", []),
            stage_order=m.get("stage_order", []),
            expect=m.get("expect", []),
        )
        for m in raw["models"]
    ]


def _q(ident: str) -> str:
    return '"' + ident.replace('"', '""') + '"'


def checks(model: Model, models: dict[str, Model]) -> list[tuple[str, str]]:
    """(description, SQL counting violations) for one model."""
    t = model.table
    out: list[tuple[str, str]] = []
    for cols in model.unique:
        key = ", ".join(_q(c) for c in cols)
        out.append(
            (
                f"{model.name}: unique ({', '.join(cols)})",
                f"select count(*) from (select {key} from {t} group by {key} having count(*) > 1)",
            )
        )
    for col, spec in model.columns.items():
        c = _q(col)
        if spec.get("not_null"):
            out.append((f"{model.name}.{col}: not null", f"select count(*) from {t} where {c} is null"))
        if "accepted_values" in spec:
            values = ", ".join(
                str(v) if isinstance(v, (int, float)) else "'" + str(v).replace("'", "''") + "'"
                for v in spec["accepted_values"]
            )
            out.append(
                (
                    f"{model.name}.{col}: accepted values",
                    f"select count(*) from {t} where {c} is not null and {c} not in ({values})",
                )
            )
        if "relationship" in spec:
            target_table, target_col = spec["relationship"].split(".")
            target = models[target_table].table if target_table in models else target_table
            out.append(
                (
                    f"{model.name}.{col}: relationship to {spec['relationship']}",
                    f"select count(*) from {t} as child where child.{c} is not null and not exists "
                    f"(select 1 from {target} as parent where parent.{_q(target_col)} = child.{c})",
                )
            )
    for earlier, later in zip(model.stage_order, model.stage_order[1:], strict=False):
        e, lt = _q(earlier), _q(later)
        out.append(
            (
                f"{model.name}: stage order {earlier} <= {later}",
                f"select count(*) from {t} where {lt} is not null and ({e} is null or {lt} < {e})",
            )
        )
    for condition in model.expect:
        out.append((f"{model.name}: {condition}", f"select count(*) from {t} where not ({condition})"))
    return out


def verify(con: duckdb.DuckDBPyConnection, models: list[Model] | None = None) -> list[str]:
    """Run every contract; return one line per broken check (empty when all hold)."""
    models = models or load()
    by_name = {m.name: m for m in models}
    failures: list[str] = []
    for model in models:
        actual = {r[0] for r in con.execute(f"select * from {model.table} limit 0").description}
        undocumented = sorted(actual - set(model.columns))
        missing = sorted(set(model.columns) - actual)
        if undocumented:
            failures.append(f"{model.name}: columns without a contract: {', '.join(undocumented)}")
        if missing:
            failures.append(f"{model.name}: contract names missing columns: {', '.join(missing)}")
            continue
        for description, sql in checks(model, by_name):
            bad = con.execute(sql).fetchone()
            if bad and bad[0]:
                failures.append(f"{description}: {bad[0]} row(s)")
    return failures
