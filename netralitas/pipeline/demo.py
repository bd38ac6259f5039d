"""The synthetic case register: the embedded default for case analytics.

No case-level register is public (it holds names and NIPs), so the demo
ships one generated with a fixed seed, in the cases import format, shaped by
the curated public figures: follow-up far below 100% and varying by region,
social media the top category, ageing with long tails, KASN before
24 Aug 2024 and BKN after, dates always in stage order. Names read
"<first name> Sintetis <number>" so nobody mistakes a row for a person, and
every view that shows these rows says they are synthetic.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from netralitas import domain
from netralitas.pipeline.regions import Region, gazetteer

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


@dataclass(frozen=True)
class Target:
    """One published figure the synthetic register is calibrated to (``synthetic_targets.csv``)."""

    election: str
    region: str  # '' national; a province code
    figure_id: str
    value: int
    unit: str  # persons: ASN rows; cases: distinct cases
    body: str
    note: str


def targets(folder: Path | None = None) -> list[Target]:
    """The calibration targets with their published values; a target naming no figure is an error."""
    folder = folder or domain.curated_dir()
    with (folder / "figures.csv").open(encoding="utf-8", newline="") as fh:
        figures = {r["figure_id"]: r for r in csv.DictReader(fh)}
    out: list[Target] = []
    with (folder / "synthetic_targets.csv").open(encoding="utf-8", newline="") as fh:
        for n, r in enumerate(csv.DictReader(fh), start=2):
            fig = figures.get(r["figure_id"])
            if fig is None or fig["election_id"] != r["election_id"] or fig["unit"] not in ("persons", "cases"):
                raise ValueError(
                    f"synthetic_targets.csv:{n}:figure_id: no {r['election_id']} figure {r['figure_id']!r}"
                )
            out.append(
                Target(
                    r["election_id"],
                    r["region_code"],
                    r["figure_id"],
                    round(float(fig["value"])),
                    fig["unit"],
                    fig["reporting_body"],
                    r["note"],
                )
            )
    return out


def _pool(election: domain.Election, regions: list[Region], folder: Path) -> list[Region]:
    """Where the election's cases happen: its listed regions when the list is complete, else everywhere."""
    if election.regions_listed != "complete":
        return regions
    with (folder / "election_regions.csv").open(encoding="utf-8", newline="") as fh:
        listed = {r["region_code"] for r in csv.DictReader(fh) if r["election_id"] == election.election_id}
    return [r for r in regions if r.code in listed]


def _sizes(rng: np.random.Generator, *, subjects: int = 0, cases: int = 0) -> np.ndarray:
    """ASN per case: mostly one, sometimes a group; exactly ``subjects`` rows, or exactly ``cases`` cases."""
    p = [0.80, 0.12, 0.05, 0.02, 0.01]
    if cases:
        return rng.choice([1, 2, 3, 4, 5], size=cases, p=p)
    if subjects <= 0:
        return np.zeros(0, dtype=int)
    sizes = rng.choice([1, 2, 3, 4, 5], size=subjects, p=p)
    cum = np.cumsum(sizes)
    k = int(np.searchsorted(cum, subjects) + 1)
    sizes = sizes[:k]
    sizes[-1] -= int(cum[k - 1] - subjects)
    return sizes


def _intake_window(e: domain.Election) -> tuple[pd.Timestamp, pd.Timestamp, pd.Timestamp]:
    """Reports come in from the months before voting to a month after; most in the last weeks of the campaign."""
    vote = pd.Timestamp(e.voting_date)
    start = max(pd.Timestamp(e.work_start), vote - pd.Timedelta(days=240))
    end = min(pd.Timestamp(e.work_end), vote + pd.Timedelta(days=35))
    return start, end, vote - pd.Timedelta(days=30)


def _fmt(series: pd.Series) -> pd.Series:
    return series.dt.strftime("%Y-%m-%d").fillna("")


def generate(rows: int | None = None, seed: int = 20241127, folder: Path | None = None) -> pd.DataFrame:
    """The register, reproducible for a given seed.

    Calibrated (``rows`` None): each election's national total of ASN and each
    target province's total (ASN, or cases where the published figure counts
    cases) equal the published figures named in ``synthetic_targets.csv``.
    ``rows``: scale those totals to about that many rows (benchmarks)."""
    rng = np.random.default_rng(seed)
    folder = folder or domain.curated_dir()
    known = domain.load(folder)
    gaz = gazetteer()
    regions = [*gaz.provinces(), *gaz.regencies()]
    # Region character: how busy, and how willing its PPK is to sanction.
    intensity = {r.code: rng.lognormal(0, 0.8) * (0.35 if r.level == 1 else 1.0) for r in regions}
    follow = {r.code: float(np.clip(rng.beta(2.2, 2.6), 0.03, 0.95)) for r in regions}

    goals = targets(folder)
    national = {g.election: g for g in goals if not g.region}
    scale = 1.0 if rows is None else rows / max(1, sum(g.value for g in national.values()))
    case_sizes: list[np.ndarray] = []
    case_election: list[np.ndarray] = []
    case_region: list[np.ndarray] = []
    case_intake: list[np.ndarray] = []
    for election_id, total in national.items():
        election = known.election(election_id)
        if election is None:
            raise ValueError(f"synthetic_targets.csv: unknown election {election_id!r}")
        pool = _pool(election, regions, folder)
        by_province: dict[str, list[Region]] = {}
        for r in pool:
            by_province.setdefault(r.province_code, []).append(r)
        sizes_of: dict[str, np.ndarray] = {}
        for g in (g for g in goals if g.election == election_id and g.region):
            n = max(1, round(g.value * scale))
            sizes_of[g.region] = _sizes(rng, cases=n) if g.unit == "cases" else _sizes(rng, subjects=n)
        fixed = int(sum(int(v.sum()) for v in sizes_of.values()))
        rest = round(total.value * scale) - fixed
        if rest < 0:
            raise ValueError(f"synthetic_targets.csv: {election_id} province targets exceed the national total")
        others = [p for p in by_province if p not in sizes_of]
        weight = np.array([sum(intensity[r.code] for r in by_province[p]) for p in others])
        shares = rng.multinomial(rest, weight / weight.sum()) if others else np.zeros(0, dtype=int)
        for p, n in zip(others, shares, strict=True):
            sizes_of[p] = _sizes(rng, subjects=int(n))
        start, end, peak = _intake_window(election)
        for p, sizes in sizes_of.items():
            if not len(sizes):
                continue
            places = by_province.get(p) or [gaz.regions[p]]
            w = np.array([intensity[r.code] for r in places])
            case_sizes.append(sizes)
            case_election.append(np.full(len(sizes), election_id, dtype=object))
            case_region.append(
                np.array([r.code for r in places], dtype=object)[
                    rng.choice(len(places), size=len(sizes), p=w / w.sum())
                ]
            )
            offs = rng.triangular(0, (peak - start).days, (end - start).days, size=len(sizes))
            case_intake.append((np.datetime64(start.date()) + offs.astype(int)).astype("datetime64[D]"))
    sizes = np.concatenate(case_sizes)
    order = np.argsort(np.concatenate(case_intake), kind="stable")  # case numbers follow intake
    sizes = sizes[order]
    elections_of = np.concatenate(case_election)[order]
    regions_of = np.concatenate(case_region)[order]
    intake_of = np.concatenate(case_intake)[order]
    n_cases = len(sizes)

    case_id = np.array([f"DEMO-{seed % 10000:04d}-{i + 1:06d}" for i in range(n_cases)], dtype=object)
    rep = np.repeat(np.arange(n_cases), sizes)
    n = int(rep.size)
    subject_seq = np.concatenate([np.arange(1, k + 1) for k in sizes])

    df = pd.DataFrame(
        {
            "case_id": case_id[rep],
            "subject_seq": subject_seq,
            "election": elections_of[rep],
            "region": regions_of[rep],
        }
    )
    intake = pd.to_datetime(pd.Series(intake_of[rep]))
    case_type = np.where(rng.random(n_cases) < 0.42, "temuan", "laporan")
    df["intake_type"] = case_type[rep]
    df["agency"] = np.array(AGENCIES, dtype=object)[rng.integers(0, len(AGENCIES), n)]
    df["position_class"] = _choice(rng, POSITIONS, n)
    case_cat = _choice(rng, CATEGORIES, n_cases)
    df["violation_category"] = case_cat[rep]

    # Stage by stage; each later stage only for rows that reached the earlier one.
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

    p_follow = np.array([follow[c] for c in df["region"]])
    sanctioned = recommended + pd.to_timedelta(_days(rng, 35, 1.0, n), unit="D")
    sanctioned = sanctioned.where(rng.random(n) < p_follow)
    lighter = {"berat": "sedang", "sedang": "ringan", "ringan": "moral", "moral": "moral"}
    imposed = np.where(
        rng.random(n) < 0.85, rec_sanction, np.array([lighter.get(s, "") for s in rec_sanction], dtype=object)
    )
    blocked = recommended + pd.to_timedelta(rng.integers(60, 200, n), unit="D")
    blocked = blocked.where(sanctioned.isna() & recommended.notna() & (rng.random(n) < 0.18))

    # The register is as of AS_OF: anything later has not happened yet.
    stages = [registered, assessed, forwarded, recommended, sanctioned]
    for i, stage in enumerate(stages):
        late = stage > AS_OF
        for later in stages[i:]:
            later[late] = pd.NaT
    outcome = np.where(
        (outcome != "") & (outcome != "proses") & assessed.isna() & registered.notna(), "proses", outcome
    )
    outcome = np.where(registered.isna(), "", outcome)
    forwarded_to = np.where(forwarded.isna(), "", forwarded_to)
    rec_sanction = np.where(recommended.isna(), "", rec_sanction)
    imposed = np.where(sanctioned.isna(), "", imposed)
    blocked = blocked.where(recommended.notna() & sanctioned.isna() & (blocked <= AS_OF))

    df["intake_date"] = _fmt(intake)
    df["registered_date"] = _fmt(registered)
    df["assessed_date"] = _fmt(assessed)
    df["outcome"] = outcome
    df["forwarded_date"] = _fmt(forwarded)
    df["forwarded_to"] = forwarded_to
    df["recommendation_date"] = _fmt(recommended)
    df["recommended_sanction"] = rec_sanction
    df["sanction_date"] = _fmt(sanctioned)
    df["imposed_sanction"] = imposed
    df["record_blocked_date"] = _fmt(blocked)
    body = []
    for code in df["region"]:
        r = gaz.regions[code]
        body.append(f"Bawaslu Provinsi {r.name}" if r.level == 1 else f"Bawaslu {r.name}")
    df["reporting_body"] = body

    first = np.array(FIRST_NAMES, dtype=object)[rng.integers(0, len(FIRST_NAMES), n)]
    df["subject_name"] = [f"{f} Sintetis {i + 1:05d}" for i, f in enumerate(first)]
    birth = pd.Series(pd.Timestamp("1966-01-01") + pd.to_timedelta(rng.integers(0, 12_400, n), unit="D"))
    tmt_year = birth.dt.year + rng.integers(22, 31, n)
    gender = rng.integers(1, 3, n)
    df["subject_nip"] = [
        f"{b:%Y%m%d}{y:04d}{m:02d}{g}{s:03d}"
        for b, y, m, g, s in zip(
            birth, tmt_year, rng.integers(1, 13, n), gender, rng.integers(900, 1000, n), strict=True
        )
    ]
    return df[CASE_COLUMNS]


def inputs_digest(folder: Path | None = None) -> str:
    """What the calibrated register depends on besides seed and size: the targets, figures and elections."""
    folder = folder or domain.curated_dir()
    digest = hashlib.sha256(Path(__file__).read_bytes())
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
