-- Issue 13: an upload keeps the extension of the type detected from its bytes, never the client's
-- (a "%PDF-" polyglot named "x.html" is "x.pdf"). UploadCheck does so for new uploads; this gives the files
-- stored before the same name by the same rule (UploadCheck.named), so every download is named for what it is.
create or replace function pg_temp.detected_name(filename text, content_type text) returns text
language sql immutable as $$
    select case
        when lower(filename) ~ ('\.(' || ext.accepted || ')$') then filename
        when lower(stripped) ~ ('\.(' || ext.accepted || ')$') then stripped
        else left(stripped, 250) || '.' || ext.canonical
    end
    from (values
        ('application/pdf', 'pdf', 'pdf'),
        ('image/png', 'png', 'png'),
        ('image/jpeg', 'jpg', 'jpg|jpeg'),
        ('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx', 'docx'),
        ('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx', 'xlsx'),
        ('application/vnd.oasis.opendocument.text', 'odt', 'odt'),
        ('application/vnd.oasis.opendocument.spreadsheet', 'ods', 'ods')
    ) as ext (type, canonical, accepted),
    lateral (select regexp_replace(filename, '(.)\.[^.]*$', '\1') as stripped) as s
    where ext.type = content_type
$$;

update stored_file
set filename = pg_temp.detected_name(filename, content_type)
where pg_temp.detected_name(filename, content_type) is distinct from filename
  and pg_temp.detected_name(filename, content_type) is not null;

update document_file
set filename = pg_temp.detected_name(filename, content_type)
where pg_temp.detected_name(filename, content_type) is distinct from filename
  and pg_temp.detected_name(filename, content_type) is not null;
