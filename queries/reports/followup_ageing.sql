-- Grain: one row per waiting stage and age band: ASN whose case waits at that stage, for one election and scope.
-- Parameters: $election (election_id), $region (region code or '' for the nation), $limit_days (days before a wait is a breach).
with subjects as (
    select *
    from main.fct_case_subjects
    where
        election_id = $election
        and in_scope($region, region_code, province_code)
),

waiting as (
    select
        waiting_for,
        days_waiting
    from subjects
    where waiting_for is not null
),

final as (
    select
        waiting_for,
        case
            when days_waiting <= 14 then '0-14'
            when days_waiting <= 30 then '15-30'
            when days_waiting <= 90 then '31-90'
            when days_waiting <= 180 then '91-180'
            else '>180'
        end as age_band,
        count(*) as persons,
        count(*) filter (where days_waiting > cast($limit_days as integer)) as breaches,
        max(days_waiting) as oldest_days
    from waiting
    group by all
)

select * from final
order by
    list_position(['registration', 'assessment', 'forwarding', 'recommendation', 'sanction'], waiting_for),
    list_position(['0-14', '15-30', '31-90', '91-180', '>180'], age_band)
