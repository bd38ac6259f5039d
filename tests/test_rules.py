"""The rules applied to what the data functions return (netralitas/rules.py), each tested alone on
small frames: no warehouse, no connection (issue 22)."""

from __future__ import annotations

import pandas as pd

from netralitas import rules
from netralitas.access import privacy


def _regions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region_code": ["74.01", "74.02", "74.71", "73.01", "73.71", "73.02"],
            "region_type": ["kabupaten", "kabupaten", "kota", "kabupaten", "kota", "kabupaten"],
            "province_code": ["74", "74", "74", "73", "73", "73"],
            "population": [100_000, 180_000, 350_000, 90_000, 1_400_000, 600_000],
        }
    )


def test_peers_are_the_same_type_within_half_to_twice_the_population_nearest_first() -> None:
    peers = rules.peer_group(_regions(), "74.01", "kabupaten")["region_code"].tolist()
    assert peers == ["73.01", "74.02"]  # 90k and 180k; 600k is over twice 100k, kota are another type
    assert rules.peer_groups(_regions())["74.71"] == []  # no kota within 0.5-2x of 350k


def test_ranks_within_a_peer_group_leave_regions_without_a_value_unranked() -> None:
    frame = _regions().assign(followup_rate=[0.5, 0.9, None, 0.7, 0.2, 0.9])
    ranked = rules.with_ranks(frame, "followup_rate", "province").set_index("region_code")
    assert ranked.loc["74.02", "rank"] == 1 and ranked.loc["74.01", "rank"] == 2
    assert pd.isna(ranked.loc["74.71", "rank"]) and ranked.loc["74.01", "peer_size"] == 2
    everyone = rules.with_ranks(frame, "followup_rate", "all").set_index("region_code")
    assert everyone.loc["74.02", "rank"] == everyone.loc["73.02", "rank"] == 1  # ties share the best rank


def test_breaches_added_up_say_when_they_are_a_lower_bound() -> None:
    shown = pd.DataFrame({"breaches": [3.0, 12.0], privacy.flag("breaches"): [False, False]})
    assert rules.breaches(shown) == rules.Breaches(15, False)
    hidden = pd.DataFrame({"breaches": [None, 12.0], privacy.flag("breaches"): [True, False]})
    assert rules.breaches(hidden) == rules.Breaches(12, True)
