-- The case register (synthetic demo or imported batches), cast. One row per ASN per case.
with source as (
    select * from raw.case_register
),

final as (
    select
        case_id,
        cast(subject_seq as integer) as subject_seq,
        election as election_id,
        intake_type,
        cast(nullif(intake_date, '') as date) as intake_date,
        region as region_code,
        nullif(agency, '') as agency,
        position_class,
        violation_category,
        cast(nullif(registered_date, '') as date) as registered_date,
        cast(nullif(assessed_date, '') as date) as assessed_date,
        nullif(outcome, '') as outcome,
        cast(nullif(forwarded_date, '') as date) as forwarded_date,
        nullif(forwarded_to, '') as forwarded_to,
        cast(nullif(recommendation_date, '') as date) as recommendation_date,
        nullif(recommended_sanction, '') as recommended_sanction,
        cast(nullif(sanction_date, '') as date) as sanction_date,
        nullif(imposed_sanction, '') as imposed_sanction,
        cast(nullif(record_blocked_date, '') as date) as record_blocked_date,
        nullif(reporting_body, '') as reporting_body,
        nullif(subject_name, '') as subject_name,
        nullif(subject_nip, '') as subject_nip,
        cast(is_synthetic as boolean) as is_synthetic,
        source_batch
    from source
)

select * from final
