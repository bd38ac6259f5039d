"""The synthetic case register: the embedded default for case analytics.

No case-level register is public (it holds names and NIPs), so the demo
ships one generated with a fixed seed, in the cases import format, shaped by
the curated public figures: follow-up far below 100% and varying by region,
social media the top category, ageing with long tails, KASN before
24 Aug 2024 and BKN after, dates always in stage order. Names read
"<first name> Sintetis <number>" so nobody mistakes a row for a person, and
every view that shows these rows says they are synthetic.

Where and when the cases happen, calibrated to the published totals, is
drawn in ``demo_targets``; this module draws what each case and person is
and the dates of each stage, from the same generator.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from netralitas import domain
from netralitas.pipeline.demo_targets import Cases, character, draw_cases, targets
from netralitas.pipeline.regions import Gazetteer, gazetteer

CASE_COLUMNS = [
    "case_id",
    "subject_seq",
    "election",
    "intake_type",
    "intake_date",
    "region",
    "agency",
    "position_class",
    "violation_category",
    "registered_date",
    "assessed_date",
    "outcome",
    "forwarded_date",
    "forwarded_to",
    "recommendation_date",
    "recommended_sanction",
    "sanction_date",
    "imposed_sanction",
    "record_blocked_date",
    "reporting_body",
    "subject_name",
    "subject_nip",
]
KASN_TO_BKN = pd.Timestamp(domain.KASN_TO_BKN)
# The demo register describes the world as of this date; later stages are "not reached".
AS_OF = pd.Timestamp("2025-06-30")

CATEGORIES = {
    "media_sosial": 0.42,
    "keberpihakan": 0.17,
    "kampanye": 0.14,
    "foto_atribut": 0.10,
    "deklarasi_paslon": 0.05,
    "fasilitas_negara": 0.05,
    "partai_politik": 0.03,
    "lainnya": 0.04,
}
POSITIONS = {
    "fungsional": 0.29,
    "pelaksana": 0.21,
    "camat_lurah": 0.12,
    "administrator": 0.10,
    "pengawas": 0.10,
    "pppk": 0.09,
    "jpt": 0.06,
    "lainnya": 0.03,
}
OUTCOMES = {"pelanggaran": 0.72, "bukan_pelanggaran": 0.22, "pidana": 0.02, "proses": 0.04}
SANCTIONS = {"moral": 0.52, "ringan": 0.16, "sedang": 0.23, "berat": 0.09}
AGENCIES = [
    "Dinas Pendidikan",
    "Dinas Kesehatan",
    "Sekretariat Daerah",
    "Kecamatan",
    "Kelurahan",
    "BKPSDM",
    "Dinas PUPR",
    "Satpol PP",
    "RSUD",
    "Dinas Sosial",
    "Bappeda",
    "Inspektorat",
    "Dinas Perhubungan",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Sekretariat DPRD",
]
FIRST_NAMES = [
    "Andi",
    "Budi",
    "Citra",
    "Dewi",
    "Eko",
    "Fitri",
    "Gilang",
    "Hana",
    "Indra",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
    "Nur",
    "Oki",
    "Putri",
    "Rahmat",
    "Sari",
    "Teguh",
    "Wulan",
]


def _choice(rng: np.random.Generator, weights: dict[str, float], n: int) -> np.ndarray:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return np.array(keys, dtype=object)[rng.choice(len(keys), size=n, p=p / p.sum())]


def _days(rng: np.random.Generator, median: float, sigma: float, n: int, low: int = 1) -> np.ndarray:
    """Lognormal waiting times: most quick, a long tail of slow ones."""
    return np.maximum(low, np.round(rng.lognormal(np.log(median), sigma, n))).astype(int)


def _fmt(series: pd.Series) -> pd.Series:
    return series.dt.strftime("%Y-%m-%d").fillna("")


def _subjects(rng: np.random.Generator, cases: Cases, rep: np.ndarray, seed: int) -> pd.DataFrame:
    """One row per ASN: case number, place in the case, and what the case and the person are."""
    n_cases, n = len(cases.sizes), int(rep.size)
    case_id = np.array([f"DEMO-{seed % 10000:04d}-{i + 1:06d}" for i in range(n_cases)], dtype=object)
    df = pd.DataFrame(
        {
            "case_id": case_id[rep],
            "subject_seq": np.concatenate([np.arange(1, k + 1) for k in cases.sizes]),
            "election": cases.election[rep],
            "region": cases.region[rep],
        }
    )
    case_type = np.where(rng.random(n_cases) < 0.42, "temuan", "laporan")
    df["intake_type"] = case_type[rep]
    df["agency"] = np.array(AGENCIES, dtype=object)[rng.integers(0, len(AGENCIES), n)]
    df["position_class"] = _choice(rng, POSITIONS, n)
    case_cat = _choice(rng, CATEGORIES, n_cases)
    df["violation_category"] = case_cat[rep]
    return df


@dataclass(frozen=True)
class _Stages:
    """Each row's stage dates (NaT: not reached) and what the stages decided ('' when not reached)."""

    intake: pd.Series
    registered: pd.Series
    assessed: pd.Series
    outcome: np.ndarray
    forwarded: pd.Series
    forwarded_to: np.ndarray
    recommended: pd.Series
    rec_sanction: np.ndarray
    sanctioned: pd.Series
    imposed: np.ndarray
    blocked: pd.Series


def _stages(
    rng: np.random.Generator, sizes: np.ndarray, rep: np.ndarray, intake: pd.Series, p_follow: np.ndarray
) -> _Stages:
    """Stage by stage; each later stage only for rows that reached the earlier one. Registration and
    assessment are per case, the rest per ASN; ``p_follow``: each row's region's will to sanction."""
    n_cases, n = len(sizes), int(rep.size)
    registered_case = rng.random(n_cases) < 0.86
    registered = intake + pd.to_timedelta(np.repeat(rng.integers(1, 8, n_cases), sizes), unit="D")
    registered = registered.where(registered_case[rep])
    assessed = registered + pd.to_timedelta(np.repeat(_days(rng, 9, 0.5, n_cases), sizes), unit="D")
    outcome = _choice(rng, OUTCOMES, n)
    outcome = np.where(registered.isna(), "", outcome)
    assessed = assessed.where((outcome != "") & (outcome != "proses"))
    is_violation = outcome == "pelanggaran"
    forwarded = (assessed + pd.to_timedelta(_days(rng, 4, 0.6, n), unit="D")).where(is_violation)
    forwarded_to = np.where(forwarded.isna(), "", np.where(forwarded < KASN_TO_BKN, "KASN", "BKN"))

    recommended = forwarded + pd.to_timedelta(_days(rng, 21, 0.8, n), unit="D")
    recommended = recommended.where(rng.random(n) < 0.88)
    rec_sanction = np.where(recommended.isna(), "", _choice(rng, SANCTIONS, n))

    sanctioned = recommended + pd.to_timedelta(_days(rng, 35, 1.0, n), unit="D")
    sanctioned = sanctioned.where(rng.random(n) < p_follow)
    lighter = {"berat": "sedang", "sedang": "ringan", "ringan": "moral", "moral": "moral"}
    imposed = np.where(
        rng.random(n) < 0.85, rec_sanction, np.array([lighter.get(s, "") for s in rec_sanction], dtype=object)
    )
    blocked = recommended + pd.to_timedelta(rng.integers(60, 200, n), unit="D")
    blocked = blocked.where(sanctioned.isna() & recommended.notna() & (rng.random(n) < 0.18))
    return _Stages(
        intake,
        registered,
        assessed,
        outcome,
        forwarded,
        forwarded_to,
        recommended,
        rec_sanction,
        sanctioned,
        imposed,
        blocked,
    )


def _as_of(drawn: _Stages) -> _Stages:
    """The register as of AS_OF: a stage after it has not happened yet, nor has any stage after that;
    a case assessed too late is still in process."""
    dated = (drawn.registered, drawn.assessed, drawn.forwarded, drawn.recommended, drawn.sanctioned)
    stages = [s.copy() for s in dated]
    for i, stage in enumerate(stages):
        late = stage > AS_OF
        for later in stages[i:]:
            later[late] = pd.NaT
    registered, assessed, forwarded, recommended, sanctioned = stages
    outcome = np.where(
        (drawn.outcome != "") & (drawn.outcome != "proses") & assessed.isna() & registered.notna(),
        "proses",
        drawn.outcome,
    )
    return _Stages(
        drawn.intake,
        registered,
        assessed,
        np.where(registered.isna(), "", outcome),
        forwarded,
        np.where(forwarded.isna(), "", drawn.forwarded_to),
        recommended,
        np.where(recommended.isna(), "", drawn.rec_sanction),
        sanctioned,
        np.where(sanctioned.isna(), "", drawn.imposed),
        drawn.blocked.where(recommended.notna() & sanctioned.isna() & (drawn.blocked <= AS_OF)),
    )


def _stage_columns(s: _Stages) -> dict[str, pd.Series | np.ndarray]:
    """The stages in the import format's columns (dates as ``YYYY-MM-DD``, '' when not reached)."""
    return {
        "intake_date": _fmt(s.intake),
        "registered_date": _fmt(s.registered),
        "assessed_date": _fmt(s.assessed),
        "outcome": s.outcome,
        "forwarded_date": _fmt(s.forwarded),
        "forwarded_to": s.forwarded_to,
        "recommendation_date": _fmt(s.recommended),
        "recommended_sanction": s.rec_sanction,
        "sanction_date": _fmt(s.sanctioned),
        "imposed_sanction": s.imposed,
        "record_blocked_date": _fmt(s.blocked),
    }


def _reporting_bodies(gaz: Gazetteer, codes: pd.Series) -> list[str]:
    """The Bawaslu office of each row's region (a province's own office, or the regency's)."""
    body = []
    for code in codes:
        r = gaz.regions[code]
        body.append(f"Bawaslu Provinsi {r.name}" if r.level == 1 else f"Bawaslu {r.name}")
    return body


def _people(rng: np.random.Generator, n: int) -> tuple[list[str], list[str]]:
    """Obviously synthetic names ("<first name> Sintetis <number>") and well-formed NIPs (birth date,
    appointment year and month, gender, serial)."""
    first = np.array(FIRST_NAMES, dtype=object)[rng.integers(0, len(FIRST_NAMES), n)]
    names = [f"{f} Sintetis {i + 1:05d}" for i, f in enumerate(first)]
    birth = pd.Series(pd.Timestamp("1966-01-01") + pd.to_timedelta(rng.integers(0, 12_400, n), unit="D"))
    tmt_year = birth.dt.year + rng.integers(22, 31, n)
    gender = rng.integers(1, 3, n)
    nips = [
        f"{b:%Y%m%d}{y:04d}{m:02d}{g}{s:03d}"
        for b, y, m, g, s in zip(
            birth, tmt_year, rng.integers(1, 13, n), gender, rng.integers(900, 1000, n), strict=True
        )
    ]
    return names, nips


def generate(rows: int | None = None, seed: int = 20241127, folder: Path | None = None) -> pd.DataFrame:
    """The register, reproducible for a given seed.

    Calibrated (``rows`` None): each election's national total of ASN and each
    target province's total (ASN, or cases where the published figure counts
    cases) equal the published figures named in ``synthetic_targets.csv``.
    ``rows``: scale those totals to about that many rows (benchmarks).

    The steps below draw from one generator in a fixed order; reordering them
    changes every register made from a seed."""
    rng = np.random.default_rng(seed)
    folder = folder or domain.curated_dir()
    known = domain.load(folder)
    gaz = gazetteer()
    regions = [*gaz.provinces(), *gaz.regencies()]
    regional = character(rng, regions)
    cases = draw_cases(rng, targets(folder), rows, folder, known, regions, regional.intensity, gaz)
    rep = np.repeat(np.arange(len(cases.sizes)), cases.sizes)
    df = _subjects(rng, cases, rep, seed)
    intake = pd.to_datetime(pd.Series(cases.intake[rep]))
    p_follow = np.array([regional.follow[c] for c in df["region"]])
    for column, values in _stage_columns(_as_of(_stages(rng, cases.sizes, rep, intake, p_follow))).items():
        df[column] = values
    df["reporting_body"] = _reporting_bodies(gaz, df["region"])
    df["subject_name"], df["subject_nip"] = _people(rng, len(df))
    return df[CASE_COLUMNS]


def inputs_digest(folder: Path | None = None) -> str:
    """What the calibrated register depends on besides seed and size: the generator's code (this module and
    ``demo_targets``), the targets, figures and elections."""
    folder = folder or domain.curated_dir()
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update((Path(__file__).parent / "demo_targets.py").read_bytes())
    for name in ("synthetic_targets.csv", "figures.csv", "election_list.csv", "election_regions.csv"):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:16]


def write(path: Path, rows: int | None = None, seed: int = 20241127) -> int:
    """Write the register as UTF-8 CSV atomically; return the row count."""
    frame = generate(rows, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    frame.to_csv(tmp, index=False)
    tmp.replace(path)
    return len(frame)
