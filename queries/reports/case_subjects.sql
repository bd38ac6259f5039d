-- Grain: one row per ASN per case within the viewer's scope, with stage history; no names or NIPs.
-- Parameters: $election (election_id or ''), $scope (region code; '' = all, admin only), $stage ('' or a stage_reached value),
-- $region (a region within the scope, or '').
-- Access: internal
with subjects as (
    select *
    from main.fct_case_subjects
    where
        ($election = '' or election_id = $election)
        and in_scope($scope, region_code, province_code)
        and in_scope($region, region_code, province_code)
        and ($stage = '' or stage_reached = $stage)
),

regions as (
    select
        region_code,
        region_name
    from main.dim_regions
),

final as (
    select
        subjects.case_id,
        subjects.subject_seq,
        subjects.election_id,
        subjects.region_code,
        regions.region_name,
        subjects.province_code,
        subjects.agency,
        subjects.position_class,
        subjects.violation_category,
        subjects.intake_type,
        subjects.intake_date,
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
        subjects.stage_reached,
        subjects.days_waiting_for_ppk,
        subjects.is_synthetic
    from subjects
    left join regions on regions.region_code = subjects.region_code
)

select * from final
order by days_waiting_for_ppk desc nulls last, case_id asc, subject_seq asc
