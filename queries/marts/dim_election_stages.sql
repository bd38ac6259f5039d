-- The calendar of each election, one row per stage.
select * from staging.stg_curated__election_stages
order by election_id, start_date
