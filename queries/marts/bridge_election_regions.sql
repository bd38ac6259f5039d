-- Which regions held which election.
select * from staging.stg_curated__election_regions
order by election_id, region_code
