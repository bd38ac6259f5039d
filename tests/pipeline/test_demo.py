import itertools

import pandas as pd
import pytest

from netralitas.pipeline import demo


@pytest.fixture(scope="module")
def register() -> pd.DataFrame:
    return demo.generate(20_000, 20241127)


def test_reproducible_and_exact_size(register: pd.DataFrame) -> None:
    assert len(register) == 20_000
    assert register.equals(demo.generate(20_000, 20241127))
    assert not register.equals(demo.generate(20_000, 7))
    assert list(register.columns) == demo.CASE_COLUMNS
    assert not register.duplicated(["case_id", "subject_seq"]).any()


def test_groups_of_asn_share_a_case(register: pd.DataFrame) -> None:
    sizes = register.groupby("case_id").size()
    assert (sizes > 1).sum() > 500
    first = register.groupby("case_id")["subject_seq"].min()
    assert (first == 1).all()


def test_shape_follows_the_public_record(register: pd.DataFrame) -> None:
    assert register["violation_category"].value_counts().index[0] == "media_sosial"
    assert set(register["election"]) == {"pilkada_2024", "pemilu_2024", "pilkada_2020"}
    rec = register["recommendation_date"] != ""
    rate = (register.loc[rec, "sanction_date"] != "").mean()
    assert 0.25 < rate < 0.75  # far below 100%
    by_region = register[rec].groupby("region")["sanction_date"].apply(lambda s: (s != "").mean())
    assert by_region.quantile(0.9) - by_region.quantile(0.1) > 0.3  # varies by region


def test_dates_in_stage_order_and_kasn_bkn_break(register: pd.DataFrame) -> None:
    cols = ["intake_date", "registered_date", "assessed_date", "forwarded_date", "recommendation_date", "sanction_date"]
    dates = register[cols].replace("", None).apply(pd.to_datetime)
    for a, b in itertools.pairwise(cols):
        assert not (dates[b] < dates[a]).any()
        assert not (dates[b].notna() & dates[a].isna()).any()
    fwd = pd.to_datetime(register["forwarded_date"].replace("", None))
    assert (register.loc[fwd < "2024-08-24", "forwarded_to"] == "KASN").all()
    assert (register.loc[fwd >= "2024-08-24", "forwarded_to"] == "BKN").all()


def test_ageing_has_a_long_tail(register: pd.DataFrame) -> None:
    rec = pd.to_datetime(register["recommendation_date"].replace("", None))
    san = pd.to_datetime(register["sanction_date"].replace("", None))
    days = (san - rec).dt.days.dropna()
    assert days.quantile(0.95) > 3 * days.median()


def test_people_are_obviously_synthetic(register: pd.DataFrame) -> None:
    assert register["subject_name"].str.contains(" Sintetis ").all()
    assert register["subject_nip"].str.fullmatch(r"\d{18}").all()


def test_calibrated_to_named_published_totals() -> None:
    """The default register: each election's ASN total and each target province's total equal
    the published figure named in synthetic_targets.csv (persons: rows; cases: distinct cases)."""
    calibrated = demo.generate()
    goals = demo.targets()
    assert {g.election for g in goals if not g.region} == set(calibrated["election"])
    province = calibrated["region"].str[:2]
    for g in goals:
        rows = calibrated[calibrated["election"] == g.election]
        if g.region:
            rows = rows[province[rows.index] == g.region]
        measured = len(rows) if g.unit == "persons" else rows["case_id"].nunique()
        assert measured == g.value, (g.figure_id, g.note)
    national = {g.election: (g.value, g.body) for g in goals if not g.region}
    assert national["pilkada_2024"] == (1158, "Kemendagri")  # not 9,466 rows against 1,158 reported


def test_a_target_naming_no_figure_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from netralitas.settings import PACKAGED_CURATED

    folder = tmp_path / "curated"
    shutil.copytree(PACKAGED_CURATED, folder)
    with (folder / "synthetic_targets.csv").open("a", encoding="utf-8") as fh:
        fh.write("pilkada_2024,74,fig_0000000000,invented\n")
    with pytest.raises(ValueError, match=r"synthetic_targets.csv:\d+:figure_id"):
        demo.targets(folder)
