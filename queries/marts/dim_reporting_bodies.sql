-- Families of reporting body, so figures from disagreeing bodies are kept apart.
select * from staging.stg_curated__reporting_bodies
