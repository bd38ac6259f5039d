-- Grain: one row per region of one level and unit, for one election and metric: the figure a map colours it by (the latest; ties by confidence, then body), with how many figures stand behind it.
-- Parameters: $election (election_id), $metric (a dim_metrics key), $level ('1' or '2').
with figures as (
    select *
    from main.fct_figures
    where
        election_id = $election
        and metric = $metric
        and scope_level = case when cast($level as integer) = 1 then 'province' else 'regency_city' end
        and region_code is not null
        -- A regency-level figure whose regency the source did not name is filed under its province: not on either map.
        and (regency_code is null) = (cast($level as integer) = 1)
),

ranked as (
    select
        *,
        row_number() over (
            partition by region_code, unit
            order by
                as_of_date desc nulls last,
                case confidence when 'high' then 1 when 'medium' then 2 else 3 end,
                reporting_body asc,
                figure_id asc
        ) as recency,
        count(*) over (partition by region_code, unit) as figures_count,
        count(distinct reporting_body) over (partition by region_code, unit) as bodies_count
    from figures
),

regions as (
    select
        region_code,
        region_name,
        region_type,
        province_code,
        province_name,
        has_boundary
    from main.dim_regions
),

final as (
    select
        regions.region_code,
        regions.region_name,
        regions.region_type,
        regions.province_code,
        regions.province_name,
        regions.has_boundary,
        ranked.metric,
        ranked.unit,
        ranked.value,
        ranked.reporting_body,
        ranked.as_of_date,
        ranked.date_precision,
        ranked.is_value_approximate,
        ranked.confidence,
        ranked.source_url,
        ranked.figure_id,
        ranked.figures_count,
        ranked.bodies_count
    from ranked
    inner join regions on regions.region_code = ranked.region_code
    where ranked.recency = 1
)

select * from final
order by unit, region_code
