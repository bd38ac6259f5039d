-- Event types with labels; is_prevention marks what a government does before the fact.
select * from staging.stg_curated__event_types
order by sort_order
