-- Module roll (issue 6): what the roll needs beyond the skeleton's roll_entry.

-- exempt: a member exempted from activity (member.situation EXEMPT) is summoned; the office marks them absent
--         (EXEMPT_ABSENT) if they do not come.
-- absence: absent for the whole congress, WITH_REASON (accepted by the convening committee) or WITHOUT_REASON;
--          the exclusion it gives depends on the kind of congress (elections.md §2), kept in roll_entry.exclusion.
-- electing_unit: for a delegate elected below, the unit whose congress elected them.
-- alternate_rank: an alternate's place in the order they are called up (1 first).
alter table roll_entry
    add column exempt         boolean not null default false,
    add column absence        text check (absence in ('WITH_REASON', 'WITHOUT_REASON')),
    add column absence_reason text,
    add column electing_unit  text check (electing_unit is null or length(electing_unit) <= 300),
    add column alternate_rank int check (alternate_rank is null or alternate_rank > 0);

-- an alternate replaces one delegate only once
create unique index roll_entry_replaces_idx on roll_entry (replaces_id) where replaces_id is not null;
-- a member is on a roll once
create unique index roll_entry_member_once_idx on roll_entry (case_id, member_id) where member_id is not null;
