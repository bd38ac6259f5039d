-- Restricted: who the subjects are. One row per ASN per case. Never read by public reports.
select
    case_id,
    subject_seq,
    subject_name,
    subject_nip
from staging.stg_register__case_subjects
order by case_id, subject_seq
