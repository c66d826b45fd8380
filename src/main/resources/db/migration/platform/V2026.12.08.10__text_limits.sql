-- Lengths of free texts, as platform.TextLimits checks them in the services (trích yếu 500, titles and
-- names 300, recipients 2000): every writer is held to them, not only the forms. NOT VALID: rows written
-- before these limits stay readable; every new or changed row is checked.
alter table document
    add constraint document_subject_len check (length(subject) <= 500) not valid,
    add constraint document_organ_name_len check (organ_name is null or length(organ_name) <= 300) not valid,
    add constraint document_place_len check (place is null or length(place) <= 300) not valid,
    add constraint document_signing_authority_len
        check (signing_authority is null or length(signing_authority) <= 300) not valid,
    add constraint document_signer_title_len check (signer_title is null or length(signer_title) <= 300) not valid,
    add constraint document_signer_name_len check (signer_name is null or length(signer_name) <= 300) not valid,
    add constraint document_recipients_len check (recipients is null or length(recipients) <= 2000) not valid;

alter table congress_plan
    add constraint congress_plan_title_len check (length(title) <= 500) not valid;

alter table draft
    add constraint draft_title_len check (length(title) <= 300) not valid;
