-- Independent keying teams (issue 13): the counting committee puts named accounts on the teams of a round
-- before keying; an account keys for one team of a round only, and only for the team it is on.
create table keying_team_member (
    round_id    bigint      not null references election_round (id),
    team        int         not null check (team between 1 and 9),
    username    text        not null references app_user (username),
    assigned_by text        not null,
    assigned_at timestamptz not null,
    -- one team per person and round: the same person keying two teams would make them one count, not two
    constraint keying_team_member_one_team unique (round_id, username)
);
create index keying_team_member_user_idx on keying_team_member (username);

-- The entry log also records who was put on (or taken off) a team and every change of the counts of ballots
-- issued and collected.
alter table keying_log drop constraint keying_log_action_check;
alter table keying_log add constraint keying_log_action_check
    check (action in ('TEAM_JOINED', 'BALLOT_KEYED', 'BALLOT_INVALID', 'UNDO', 'CORRECTION', 'TEAMS_SET',
                      'COUNTS_COMPARED', 'RELEASE', 'TOTALS_ENTERED', 'TEAM_ASSIGNED', 'TEAM_UNASSIGNED',
                      'COUNTS_SET'));
