-- The case register without personal data: one row per ASN per case, with stage flags and ageing.
with subjects as (
    select * from staging.stg_register__case_subjects
),

regions as (
    select
        region_code,
        region_level,
        province_code
    from main.dim_regions
),

as_of as (
    -- The register's own as-of date: the latest date anything happened in it.
    select
        greatest(
            max(intake_date), max(registered_date), max(assessed_date), max(forwarded_date),
            max(recommendation_date), max(sanction_date), max(record_blocked_date)
        ) as register_as_of_date
    from subjects
),

final as (
    select
        subjects.case_id,
        subjects.subject_seq,
        subjects.election_id,
        subjects.intake_type,
        subjects.intake_date,
        subjects.region_code,
        regions.region_level,
        regions.province_code,
        subjects.agency,
        subjects.position_class,
        subjects.violation_category,
        subjects.registered_date,
        subjects.assessed_date,
        subjects.outcome,
        subjects.forwarded_date,
        subjects.forwarded_to,
        subjects.recommendation_date,
        subjects.recommended_sanction,
        subjects.sanction_date,
        subjects.imposed_sanction,
        subjects.record_blocked_date,
        subjects.reporting_body,
        subjects.registered_date is not null as is_registered,
        coalesce(subjects.outcome = 'pelanggaran', false) as is_violation,
        subjects.forwarded_date is not null as is_forwarded,
        subjects.recommendation_date is not null as is_recommended,
        subjects.sanction_date is not null as is_sanctioned,
        subjects.record_blocked_date is not null as is_record_blocked,
        case
            when subjects.sanction_date is not null then 'sanctioned'
            when subjects.recommendation_date is not null then 'recommended'
            when subjects.forwarded_date is not null then 'forwarded'
            when subjects.outcome = 'pelanggaran' then 'violation'
            when subjects.assessed_date is not null then 'assessed'
            when subjects.registered_date is not null then 'registered'
            else 'intake'
        end as stage_reached,
        date_diff('day', subjects.intake_date, subjects.recommendation_date) as days_intake_to_recommendation,
        date_diff('day', subjects.recommendation_date, subjects.sanction_date) as days_recommendation_to_sanction,
        case
            when subjects.recommendation_date is not null and subjects.sanction_date is null
                then date_diff('day', subjects.recommendation_date, as_of.register_as_of_date)
        end as days_waiting_for_ppk,
        as_of.register_as_of_date,
        subjects.is_synthetic,
        subjects.source_batch
    from subjects
    cross join as_of
    left join regions on regions.region_code = subjects.region_code
),

waiting as (
    -- The one rule for what an open case waits for, and since when (the follow-up page's ageing,
    -- the brief's open cases and the public release all read these two columns).
    select
        *,
        case
            when stage_reached = 'intake' then 'registration'
            when stage_reached = 'registered' and coalesce(outcome, 'proses') = 'proses' then 'assessment'
            when stage_reached = 'violation' then 'forwarding'
            when stage_reached = 'forwarded' then 'recommendation'
            when stage_reached = 'recommended' then 'sanction'
        end as waiting_for,
        date_diff(
            'day', greatest(intake_date, registered_date, assessed_date, forwarded_date, recommendation_date),
            register_as_of_date
        ) as days_waiting
    from final
),

counted as (
    -- Each register count's one SQL expression: whether this person counts for it. Reports count
    -- every counts_<measure> column as it stands (netralitas/measures.py declares the measures).
    select
        *,
        true as counts_persons,
        coalesce(intake_type = 'laporan', false) as counts_reports,
        coalesce(intake_type = 'temuan', false) as counts_findings,
        is_violation as counts_violations,
        is_registered as counts_registered,
        is_forwarded as counts_forwarded,
        is_recommended as counts_recommended,
        is_sanctioned as counts_sanctioned,
        is_record_blocked as counts_records_blocked,
        coalesce(days_waiting_for_ppk > followup_limit(), false) as counts_waiting_over_limit
    from waiting
)

select * from counted
order by case_id, subject_seq
