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

from pathlib import Path

import numpy as np
import pandas as pd

from netralitas.regions import Region, gazetteer

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
KASN_TO_BKN = pd.Timestamp("2024-08-24")
# The demo register describes the world as of this date; later stages are "not reached".
AS_OF = pd.Timestamp("2025-06-30")

# (election, share of cases, intake window start, end, peak)
ELECTIONS = [
    ("pemilu_2024", 0.38, "2023-07-01", "2024-03-31", "2024-01-10"),
    ("pilkada_2024", 0.47, "2024-06-01", "2024-12-31", "2024-10-25"),
    ("pilkada_2020", 0.15, "2020-07-01", "2020-12-31", "2020-11-10"),
]
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


def _regions_for(election: str, regions: list[Region]) -> list[Region]:
    if election.startswith("pilkada_2020"):
        # Pilkada 2020 was held in 270 regions; the demo spreads over all of
        # them except Jakarta, which had no regional election that year.
        return [r for r in regions if r.province_code != "31"]
    if election == "pilkada_2024":
        return [r for r in regions if r.code != "34" and not (r.level == 2 and r.province_code == "31")]
    return regions


def _fmt(series: pd.Series) -> pd.Series:
    return series.dt.strftime("%Y-%m-%d").fillna("")


def generate(rows: int = 20_000, seed: int = 20241127) -> pd.DataFrame:
    """Exactly ``rows`` subject rows, reproducible for a given seed."""
    rng = np.random.default_rng(seed)
    gaz = gazetteer()
    regions = [*gaz.provinces(), *gaz.regencies()]
    # Region character: how busy, and how willing its PPK is to sanction.
    intensity = {r.code: rng.lognormal(0, 0.8) * (0.35 if r.level == 1 else 1.0) for r in regions}
    follow = {r.code: float(np.clip(rng.beta(2.2, 2.6), 0.03, 0.95)) for r in regions}

    # Subjects per case: mostly one ASN, sometimes a group.
    n_cases = max(1, int(rows / 1.3))
    sizes = rng.choice([1, 2, 3, 4, 5], size=n_cases, p=[0.80, 0.12, 0.05, 0.02, 0.01])
    while sizes.sum() < rows:
        sizes = np.concatenate([sizes, rng.choice([1, 2], size=max(1, rows - int(sizes.sum())))])
    cum = np.cumsum(sizes)
    n_cases = int(np.searchsorted(cum, rows) + 1)
    sizes = sizes[:n_cases]
    sizes[-1] -= int(cum[n_cases - 1] - rows)

    shares = np.array([e[1] for e in ELECTIONS])
    case_election = rng.choice(len(ELECTIONS), size=n_cases, p=shares / shares.sum())
    case_region = np.empty(n_cases, dtype=object)
    case_intake = np.empty(n_cases, dtype="datetime64[D]")
    for i, (name, _, start, end, peak) in enumerate(ELECTIONS):
        idx = np.flatnonzero(case_election == i)
        pool = _regions_for(name, regions)
        w = np.array([intensity[r.code] for r in pool])
        case_region[idx] = np.array([r.code for r in pool], dtype=object)[
            rng.choice(len(pool), size=len(idx), p=w / w.sum())
        ]
        s, e, p = (pd.Timestamp(x) for x in (start, end, peak))
        offs = rng.triangular(0, (p - s).days, (e - s).days, size=len(idx))
        case_intake[idx] = (np.datetime64(s.date()) + offs.astype(int)).astype("datetime64[D]")

    case_id = np.array([f"DEMO-{seed % 10000:04d}-{i + 1:06d}" for i in range(n_cases)], dtype=object)
    rep = np.repeat(np.arange(n_cases), sizes)
    n = int(rep.size)
    subject_seq = np.concatenate([np.arange(1, k + 1) for k in sizes])

    df = pd.DataFrame(
        {
            "case_id": case_id[rep],
            "subject_seq": subject_seq,
            "election": np.array([e[0] for e in ELECTIONS], dtype=object)[case_election[rep]],
            "region": case_region[rep],
        }
    )
    intake = pd.to_datetime(pd.Series(case_intake[rep]))
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


def write(path: Path, rows: int = 20_000, seed: int = 20241127) -> int:
    """Write the register as UTF-8 CSV atomically; return the row count."""
    frame = generate(rows, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    frame.to_csv(tmp, index=False)
    tmp.replace(path)
    return len(frame)
