from netralitas.app.state import ViewState, from_query, to_query


def test_round_trip() -> None:
    view = ViewState(
        election="pemilu_2024",
        measure="persons_per_100k",
        region="74",
        map_style="grid",
        regions=("74.71", "74.72"),
        peer="type",
        lang="en",
    )
    keys = ("election", "measure", "region", "map", "regions", "peer", "lang")
    assert from_query(to_query(view, keys)) == view


def test_unknown_values_fall_back_to_defaults() -> None:
    view = from_query(
        {
            "election": "pilkada_2099",
            "measure": "drop table",
            "region": "74; select",
            "map": "3d",
            "regions": "74.71,xx,74.71,11",
            "peer": "friends",
            "lang": "fr",
        },
        elections={"pilkada_2024", "pemilu_2024"},
    )
    assert view == ViewState(regions=("74.71", "11"))


def test_any_election_with_data_can_be_chosen() -> None:
    """The list comes from the warehouse, not from code: a new election is accepted once it has data."""
    assert (
        from_query({"election": "pilkada_2029"}, elections={"pilkada_2029", "pilkada_2024"}).election == "pilkada_2029"
    )
    assert from_query({"election": "pilkada_2029"}, elections={"pilkada_2024"}).election == ""


def test_known_regions_limit_what_a_url_can_ask_for() -> None:
    assert from_query({"region": "99"}, known_regions={"74"}).region == ""
    assert from_query({"region": "74"}, known_regions={"74"}).region == "74"


def test_defaults_are_omitted_from_links() -> None:
    assert to_query(ViewState(), ("election", "measure", "region")) == {}


def test_case_stage_league_grouping_and_waiting_limit_live_in_the_url() -> None:
    view = ViewState(stage="recommended", by="agency", limit_days=60)
    query = to_query(view, ("stage", "by", "limit"))
    assert query == {"stage": "recommended", "by": "agency", "limit": "60"}
    assert from_query(query) == view
    assert to_query(ViewState(), ("stage", "by", "limit")) == {}  # defaults keep links short
    odd = from_query({"stage": "'; drop", "by": "name", "limit": "0"})
    assert (odd.stage, odd.by, odd.limit_days) == ("", "region", 0)
    assert from_query({"limit": "1000"}).limit_days == 0 and from_query({"limit": "-5"}).limit_days == 0
