-- Metrics of the published figures with Indonesian and English labels.
select * from staging.stg_curated__metrics
order by stage_order nulls last, metric
