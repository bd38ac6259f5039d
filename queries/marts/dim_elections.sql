-- Elections with their key dates and how completely their regions are listed.
with elections as (
    select * from staging.stg_curated__elections
),

stages as (
    select * from staging.stg_curated__election_stages
),

participation as (
    select
        election_id,
        count(*) as regions_listed_count
    from staging.stg_curated__election_regions
    group by election_id
),

final as (
    select
        elections.election_id,
        elections.election_type,
        elections.name_id,
        elections.name_en,
        elections.voting_date,
        elections.previous_election_id,
        elections.work_start_date,
        elections.work_end_date,
        min(stages.start_date) filter (where stages.stage = 'campaign') as campaign_start_date,
        max(stages.end_date) filter (where stages.stage = 'campaign') as campaign_end_date,
        elections.regions_listed,
        coalesce(participation.regions_listed_count, 0) as regions_listed_count,
        elections.note
    from elections
    left join stages on stages.election_id = elections.election_id
    left join participation on participation.election_id = elections.election_id
    group by all
)

select * from final
order by voting_date desc
