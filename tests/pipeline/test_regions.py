import pytest

from netralitas.pipeline.regions import gazetteer, normalise


def test_gazetteer_has_38_provinces_and_514_regencies() -> None:
    gaz = gazetteer()
    assert len(gaz.provinces()) == 38
    assert len(gaz.regencies()) == 514
    assert {r.type for r in gaz.regencies()} == {"kabupaten", "kota"}


@pytest.mark.parametrize(
    "name", ["Kota Bau Bau", "Kota Baubau", "Bau-Bau", "Pemkot Baubau", "Kota Bau-Bau", "74.72", "7472"]
)
def test_baubau_variants_resolve_to_one_code(name: str) -> None:
    res = gazetteer().resolve(name)
    assert res.region is not None and res.region.code == "74.72"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kab. Bima", "52.06"),
        ("Pemkab Bima", "52.06"),
        ("Kota Bima", "52.72"),
        ("Sultra", "74"),
        ("Pemprov Sulbar", "76"),
        ("DKI Jakarta", "31"),
        ("DI Yogyakarta", "34"),
        ("Kabupaten Pangkajene dan Kepulauan", "73.10"),
        ("Kabupaten Toba Samosir", "12.12"),
    ],
)
def test_aliases_and_prefixes(name: str, code: str) -> None:
    res = gazetteer().resolve(name)
    assert res.region is not None and res.region.code == code


def test_bare_name_shared_by_regency_and_city_is_ambiguous() -> None:
    res = gazetteer().resolve("Pasuruan")
    assert res.region is None and res.reason == "ambiguous"
    assert gazetteer().resolve("Kabupaten Pasuruan").region.code == "35.14"  # type: ignore[union-attr]


def test_unknown_name_is_reported_not_guessed() -> None:
    res = gazetteer().resolve("Kota Atlantis")
    assert res.region is None and res.reason == "unknown"


def test_papua_crosswalk_old_code_and_old_province() -> None:
    gaz = gazetteer()
    mimika = gaz.resolve("91.09")
    assert mimika.region is not None and mimika.region.code == "94.04" and mimika.via == "crosswalk"
    # Published under the old province: still the 2022 province, never the code prefix.
    under_old = gaz.resolve("Kabupaten Mimika", province="Papua", level=2)
    assert under_old.region is not None and under_old.region.province_code == "94"
    sorong = gaz.resolve("92.71")
    assert sorong.region is not None and sorong.region.code == "96.71"


def test_normalise_folds_spelling_variants() -> None:
    assert normalise("Kota Pangkal Pinang") == normalise("Kota Pangkalpinang")
    assert normalise("Kabupaten Kep. Siau Tagulandang Biaro") == "kepulauansiautagulandangbiaro"
