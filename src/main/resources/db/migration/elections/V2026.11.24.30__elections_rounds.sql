-- Elections (issue 6): what a released round keeps, the congress's decisions after a round, the base of the
-- new committee's first meeting.

alter table election_round
    -- the record and result exactly as exported (jsonb reorders keys; the texts are what `daihoi tally` reads
    -- and prints, so they are kept byte for byte beside the jsonb copies)
    add column record_text   text,
    add column result_text   text,
    -- a later round may need another form than round 1 (a run-off of two names for one seat is a strike-out
    -- ballot even when round 1 was agree/disagree); null = the election's form
    add column ballot_form   text check (ballot_form in ('STRIKE_OUT', 'AGREE_DISAGREE')),
    -- after a round with vacancies the congress decides: another round or stop (elections.md §5.2)
    add column decision      text check (decision in ('RUNOFF', 'ANOTHER_ROUND', 'STOP')),
    add column decision_note text,
    add column decided_by    text,
    add column decided_at    timestamptz;

alter table election
    -- FIRST_MEETING: the base D is the number of sitting members of the new committee (elections.md §2)
    add column base_value int check (base_value > 0),
    add column closed_at timestamptz;
