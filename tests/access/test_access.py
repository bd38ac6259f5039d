"""Roles, scopes, masking and suppression, enforced by the data layer."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from netralitas import data
from netralitas.access import auth, privacy
from netralitas.access.viewer import PUBLIC, AccessDenied, Viewer, mask_name, mask_nip
from netralitas.pipeline import warehouse

ADMIN = Viewer("admin", user="a")
SULTRA = Viewer("provinsi", "74", user="p74")
PAPUA_TENGAH = Viewer("provinsi", "94", user="p94")
KOMISI_BAUBAU = Viewer("komisi", "74.72", user="k")
NAMES = {
    "Andi Sintetis 00001",
    "Budi Sintetis 00002",
    "Citra Sintetis 00003",
    "Dewi Sintetis 00004",
    "Eko Sintetis 00005",
}


def cases(con: duckdb.DuckDBPyConnection, viewer: Viewer) -> pd.DataFrame:
    return data.case_subjects(con, "", "", viewer)


@pytest.mark.parametrize(
    ("viewer", "expected"),
    [
        (ADMIN, {"FX-001-1", "FX-001-2", "FX-002-1", "FX-003-1", "FX-004-1", "FX-005-1"}),
        (SULTRA, {"FX-001-1", "FX-001-2", "FX-002-1", "FX-004-1", "FX-005-1"}),
        (PAPUA_TENGAH, {"FX-003-1"}),
        (KOMISI_BAUBAU, {"FX-001-1", "FX-001-2", "FX-004-1", "FX-005-1"}),
        (Viewer("komisi", "74", user="k74"), {"FX-001-1", "FX-001-2", "FX-002-1", "FX-004-1", "FX-005-1"}),
        (Viewer("provinsi", "91", user="p91"), set()),  # Mimika's case files under Papua Tengah since 2022
    ],
)
def test_each_role_sees_exactly_its_scope(
    fixture_con: duckdb.DuckDBPyConnection, viewer: Viewer, expected: set[str]
) -> None:
    rows = cases(fixture_con, viewer)
    assert {f"{c}-{s}" for c, s in zip(rows["case_id"], rows["subject_seq"], strict=True)} == expected


def test_public_gets_no_case_rows_at_all(fixture_con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(AccessDenied):
        cases(fixture_con, PUBLIC)
    for report in ("case_subjects", "case_identities"):
        params = dict.fromkeys(warehouse.report_params(report), "")
        with pytest.raises(AccessDenied):
            warehouse.run_report(report, params, fixture_con)


def test_identities_clear_for_admin_and_provinsi_masked_for_komisi(fixture_con: duckdb.DuckDBPyConnection) -> None:
    assert set(cases(fixture_con, ADMIN)["subject_name"].dropna()) == NAMES
    assert "Andi Sintetis 00001" in set(cases(fixture_con, SULTRA)["subject_name"])
    komisi = cases(fixture_con, KOMISI_BAUBAU)
    assert not set(komisi["subject_name"].dropna()) & NAMES
    assert "A*** S*** 0***" in set(komisi["subject_name"])
    assert "1980**********1901" in set(komisi["subject_nip"])


def test_masks() -> None:
    assert mask_nip("198001012005011901") == "1980**********1901"
    assert mask_name("Andi Sintetis 00001") == "A*** S*** 0***"
    assert mask_name(None) is None


def test_viewer_rules() -> None:
    with pytest.raises(ValueError):
        Viewer("provinsi", "")
    with pytest.raises(ValueError):
        Viewer("provinsi", "74.72")
    with pytest.raises(ValueError):
        Viewer("public", "74")
    with pytest.raises(ValueError):
        Viewer("superuser")  # type: ignore[arg-type]
    assert SULTRA.covers("74.72", "74") and not SULTRA.covers("73.71", "73")
    assert KOMISI_BAUBAU.covers("74.72", "74") and not KOMISI_BAUBAU.covers("74", "74")


def test_public_counts_are_suppressed_with_secondary(fixture_con: duckdb.DuckDBPyConnection) -> None:
    public = data.region_measures(fixture_con, "pilkada_2024", "1", "", PUBLIC).set_index("region_code")
    # 74 has 4 persons and 94 has 1: both below 5, so both hidden; zeros stay zeros.
    assert public.loc["74", "persons__suppressed"] and pd.isna(public.loc["74", "persons"])
    assert public.loc["94", "persons__suppressed"]
    assert public.loc["11", "persons"] == 0 and not public.loc["11", "persons__suppressed"]
    # Derived measures go with their counts: a 1-of-2 follow-up rate would reveal both.
    assert public.loc["74", "followup_rate__suppressed"] and pd.isna(public.loc["74", "followup_rate"])
    # Inside a provinsi viewer's own scope the numbers are exact; elsewhere they are public.
    own = data.region_measures(fixture_con, "pilkada_2024", "1", "", SULTRA).set_index("region_code")
    assert own.loc["74", "persons"] == 4 and own.loc["74", "followup_rate"] == pytest.approx(0.5)
    assert own.loc["94", "persons__suppressed"]


def test_secondary_suppression_protects_totals() -> None:
    frame = pd.DataFrame({"region_code": ["a", "b", "c", "d"], "n": [3, 12, 40, 0]})
    out = privacy.suppress_counts(frame, ["n"], 5)
    # Only "a" is small; published total 55 minus the rest would reveal it, so "b" goes too.
    assert list(out["n__suppressed"]) == [True, True, False, False]
    assert out["n"].isna().sum() == 2 and out.loc[3, "n"] == 0
    two_small = privacy.suppress_counts(pd.DataFrame({"n": [3, 2, 40]}), ["n"], 5)
    assert list(two_small["n__suppressed"]) == [True, True, False]  # already two: nothing more to hide


def test_threshold_is_configurable(fixture_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETRALITAS_SUPPRESS_BELOW", "1")  # 1 turns suppression off
    public = data.region_measures(fixture_con, "pilkada_2024", "1", "", PUBLIC).set_index("region_code")
    assert public.loc["74", "persons"] == 4 and public.loc["94", "persons"] == 1
    monkeypatch.setenv("NETRALITAS_SUPPRESS_BELOW", "2")
    public = data.region_measures(fixture_con, "pilkada_2024", "1", "", PUBLIC).set_index("region_code")
    assert public.loc["94", "persons__suppressed"]  # 1 is below 2
    assert public.loc["74", "persons__suppressed"]  # the only other non-zero cell: secondary


def test_public_funnel_and_weeks(fixture_con: duckdb.DuckDBPyConnection) -> None:
    funnel = data.case_funnel(fixture_con, "pilkada_2024", "", PUBLIC)
    assert funnel.loc[0, "persons"] == 5 and funnel["persons__suppressed"].sum() == 5
    weeks = data.weekly_intake(fixture_con, "pilkada_2024", "", PUBLIC)
    assert weeks["persons"].isna().all()


def test_local_accounts(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NETRALITAS_DATA_DIR", str(tmp_path))
    auth.add("gubernur.sultra", "provinsi", "74", "kata-sandi-panjang")
    stored = (tmp_path / "users.json").read_text()
    assert "kata-sandi-panjang" not in stored and "$argon2id$" in stored
    assert auth.authenticate("gubernur.sultra", "kata-sandi-panjang") == Viewer("provinsi", "74", "gubernur.sultra")
    assert auth.authenticate("gubernur.sultra", "salah") is None
    assert auth.authenticate("nobody", "kata-sandi-panjang") is None
    with pytest.raises(auth.AccountError):
        auth.add("x", "provinsi", "", "kata-sandi-panjang")
    with pytest.raises(auth.AccountError):
        auth.add("y", "admin", "", "pendek")
    auth.add("komisi@dprd.example", "komisi", "74.72", oidc=True)
    assert auth.viewer_for_claims("Komisi@DPRD.example") == Viewer("komisi", "74.72", "Komisi@DPRD.example")
    assert auth.viewer_for_claims("stranger@example.org") == PUBLIC
    auth.remove("gubernur.sultra")
    assert auth.authenticate("gubernur.sultra", "kata-sandi-panjang") is None


@pytest.mark.parametrize(
    ("viewer", "seen", "unseen"),
    [
        (Viewer(), [], ["74", "74.72", ""]),
        (Viewer("komisi", "74.72", "k"), ["74.72"], ["74", "74.71", "73.01", ""]),
        (Viewer("komisi", "74", "k"), ["74", "74.72", "74.71"], ["73", "73.01", ""]),
        (Viewer("provinsi", "74", "p"), ["74", "74.05"], ["75", "75.05"]),
        (Viewer("admin", "", "a"), ["74", "91.09", ""], []),
    ],
)
def test_sees_is_the_one_scope_rule(viewer: Viewer, seen: list[str], unseen: list[str]) -> None:
    """A regency-scoped Komisi sees its regency only, a province scope its regencies too, admin all."""
    assert all(viewer.sees(code) for code in seen)
    assert not any(viewer.sees(code) for code in unseen)
    assert viewer.home_province == (viewer.scope.split(".")[0] if viewer.scope else "")
