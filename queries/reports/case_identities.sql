-- Grain: one row per ASN per case within the viewer's scope: who the subject is (personal data).
-- Parameters: $election (election_id or ''), $scope (region code; '' = all, admin only).
-- Access: identities
with subjects as (
    select
        case_id,
        subject_seq
    from main.fct_case_subjects
    where
        ($election = '' or election_id = $election)
        and in_scope($scope, region_code, province_code)
),

identities as (
    select * from restricted.case_subject_identities
),

final as (
    select
        identities.case_id,
        identities.subject_seq,
        identities.subject_name,
        identities.subject_nip
    from identities
    inner join subjects
        on subjects.case_id = identities.case_id and subjects.subject_seq = identities.subject_seq
)

select * from final
