-- Module season (progress): how many congress cases each node has below it (itself included), by term,
-- level, state and deadline, and by follower. Kept exact by statement-level triggers on congress_case and
-- org_closure, whatever writes them (single-row updates, set-based cascades, COPY), so a progress page
-- reads a few hundred rows instead of counting hundreds of thousands of cases.
--
-- No deadline is stored as 'infinity' and no follower as 0, so the keys are plain equalities (upserts).
create table congress_progress (
    ancestor_id bigint not null,
    term        text   not null,
    level       text   not null,
    state       text   not null,
    due_on      date   not null,
    n           int    not null,
    primary key (ancestor_id, term, level, state, due_on)
);

-- Followers: open cases carry their deadline (to count the overdue ones), held or closed ones 'infinity'.
create table congress_follow (
    ancestor_id      bigint not null,
    term             text   not null,
    follower_user_id bigint not null,
    due_on           date   not null,
    n                int    not null,
    primary key (ancestor_id, term, follower_user_id, due_on)
);

-- The deadline that counts for progress: none once held or closed (CongressState.HELD and TERMINAL).
create function congress_open_due(state text, due_on date) returns date
    language sql immutable parallel safe
    return case when state in ('CLOSED', 'FIRST_COMMITTEE_MEETING', 'RESULT_REPORTED', 'CONFIRMED', 'ARCHIVED',
                               'DISSOLVED', 'MERGED') or due_on is null then 'infinity'::date else due_on end;

-- Applies deltas already joined to the ancestors: one element per (ancestor, term, level, state, due_on,
-- follower) with its change k. Rows are upserted in key order so that two concurrent statements lock the
-- shared rows (the root's, above all) in the same order and cannot deadlock each other; rows that fall to
-- zero are deleted (only those this statement touched, which it has locked already).
create function congress_progress_apply(a bigint[], t text[], l text[], s text[], d date[], f bigint[], k int[])
    returns void language plpgsql as $$
declare
    za bigint[]; zt text[]; zl text[]; zs text[]; zd date[]; zf bigint[];
begin
    with up as (
        insert into congress_progress as p (ancestor_id, term, level, state, due_on, n)
        select x.a, x.t, x.l, x.s, coalesce(x.d, 'infinity'), sum(x.k)
        from unnest(a, t, l, s, d, k) x (a, t, l, s, d, k)
        group by 1, 2, 3, 4, 5 having sum(x.k) <> 0
        order by 1, 2, 3, 4, 5
        on conflict (ancestor_id, term, level, state, due_on) do update set n = p.n + excluded.n
        returning p.ancestor_id, p.term, p.level, p.state, p.due_on, p.n
    )
    select array_agg(up.ancestor_id), array_agg(up.term), array_agg(up.level), array_agg(up.state),
           array_agg(up.due_on)
    into za, zt, zl, zs, zd from up where up.n = 0;
    if za is not null then
        delete from congress_progress p
        using unnest(za, zt, zl, zs, zd) z (a, t, l, s, d)
        where p.ancestor_id = z.a and p.term = z.t and p.level = z.l and p.state = z.s and p.due_on = z.d
          and p.n = 0;
    end if;

    with up as (
        insert into congress_follow as p (ancestor_id, term, follower_user_id, due_on, n)
        select x.a, x.t, x.f, congress_open_due(x.s, x.d), sum(x.k)
        from unnest(a, t, s, d, f, k) x (a, t, s, d, f, k)
        where x.f is not null
        group by 1, 2, 3, 4 having sum(x.k) <> 0
        order by 1, 2, 3, 4
        on conflict (ancestor_id, term, follower_user_id, due_on) do update set n = p.n + excluded.n
        returning p.ancestor_id, p.term, p.follower_user_id, p.due_on, p.n
    )
    select array_agg(up.ancestor_id), array_agg(up.term), array_agg(up.follower_user_id), array_agg(up.due_on)
    into za, zt, zf, zd from up where up.n = 0;
    if za is not null then
        delete from congress_follow p
        using unnest(za, zt, zf, zd) z (a, t, f, d)
        where p.ancestor_id = z.a and p.term = z.t and p.follower_user_id = z.f and p.due_on = z.d and p.n = 0;
    end if;
end $$;

-- congress_case changed: each changed case counts -1 (old row) and +1 (new row) at every current ancestor.
-- Updates that leave the counted columns alone (dates, reasons, version…) cancel out before the join.
create function congress_progress_cases() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform congress_progress_apply(array_agg(q.a), array_agg(q.t), array_agg(q.l), array_agg(q.s),
                                        array_agg(q.d), array_agg(q.f), array_agg(q.k))
        from (select cl.ancestor_id a, c.term t, c.level l, c.state s, c.due_on d, c.follower_user_id f,
                     count(*)::int k
              from new_rows c join org_closure cl on cl.descendant_id = c.org_id
              group by 1, 2, 3, 4, 5, 6) q;
    elsif tg_op = 'DELETE' then
        perform congress_progress_apply(array_agg(q.a), array_agg(q.t), array_agg(q.l), array_agg(q.s),
                                        array_agg(q.d), array_agg(q.f), array_agg(q.k))
        from (select cl.ancestor_id a, c.term t, c.level l, c.state s, c.due_on d, c.follower_user_id f,
                     -count(*)::int k
              from old_rows c join org_closure cl on cl.descendant_id = c.org_id
              group by 1, 2, 3, 4, 5, 6) q;
    else
        perform congress_progress_apply(array_agg(q.a), array_agg(q.t), array_agg(q.l), array_agg(q.s),
                                        array_agg(q.d), array_agg(q.f), array_agg(q.k))
        from (select cl.ancestor_id a, c.term t, c.level l, c.state s, c.due_on d, c.f, sum(c.k)::int k
              from (select o.org_id, o.term, o.level, o.state, o.due_on, o.follower_user_id f, -1 k
                    from old_rows o join new_rows n on n.id = o.id
                    where (o.org_id, o.term, o.level, o.state, o.due_on, o.follower_user_id)
                          is distinct from (n.org_id, n.term, n.level, n.state, n.due_on, n.follower_user_id)
                    union all
                    select n.org_id, n.term, n.level, n.state, n.due_on, n.follower_user_id, 1
                    from old_rows o join new_rows n on n.id = o.id
                    where (o.org_id, o.term, o.level, o.state, o.due_on, o.follower_user_id)
                          is distinct from (n.org_id, n.term, n.level, n.state, n.due_on, n.follower_user_id)) c
              join org_closure cl on cl.descendant_id = c.org_id
              group by 1, 2, 3, 4, 5, 6) q;
    end if;
    return null;
end $$;

-- org_closure changed (a move, merge, split, rebuild): the cases below a changed pair count at its
-- ancestor (+1 inserted pair, -1 deleted pair). The SHARE lock waits for case writers in flight and keeps
-- new ones out until this transaction ends, so a case changed concurrently is never counted under both
-- the old and the new ancestors (tree changes are rare and already serialised by the tree lock).
create function congress_progress_tree() returns trigger language plpgsql as $$
begin
    lock table congress_case in share mode;
    if tg_op = 'INSERT' then
        perform congress_progress_apply(array_agg(q.a), array_agg(q.t), array_agg(q.l), array_agg(q.s),
                                        array_agg(q.d), array_agg(q.f), array_agg(q.k))
        from (select cl.ancestor_id a, c.term t, c.level l, c.state s, c.due_on d, c.follower_user_id f,
                     count(*)::int k
              from new_rows cl join congress_case c on c.org_id = cl.descendant_id
              group by 1, 2, 3, 4, 5, 6) q;
    else
        perform congress_progress_apply(array_agg(q.a), array_agg(q.t), array_agg(q.l), array_agg(q.s),
                                        array_agg(q.d), array_agg(q.f), array_agg(q.k))
        from (select cl.ancestor_id a, c.term t, c.level l, c.state s, c.due_on d, c.follower_user_id f,
                     -count(*)::int k
              from old_rows cl join congress_case c on c.org_id = cl.descendant_id
              group by 1, 2, 3, 4, 5, 6) q;
    end if;
    return null;
end $$;

create trigger congress_progress_ins after insert on congress_case
    referencing new table as new_rows for each statement execute function congress_progress_cases();
create trigger congress_progress_upd after update on congress_case
    referencing old table as old_rows new table as new_rows for each statement execute function congress_progress_cases();
create trigger congress_progress_del after delete on congress_case
    referencing old table as old_rows for each statement execute function congress_progress_cases();
create trigger congress_progress_tree_ins after insert on org_closure
    referencing new table as new_rows for each statement execute function congress_progress_tree();
create trigger congress_progress_tree_del after delete on org_closure
    referencing old table as old_rows for each statement execute function congress_progress_tree();

-- Recounts both tables from scratch (after a bulk load with the triggers off, or to check them).
create function congress_progress_rebuild() returns void language plpgsql as $$
begin
    lock table congress_case in share mode;
    delete from congress_progress;
    delete from congress_follow;
    insert into congress_progress (ancestor_id, term, level, state, due_on, n)
    select cl.ancestor_id, c.term, c.level, c.state, coalesce(c.due_on, 'infinity'), count(*)
    from congress_case c join org_closure cl on cl.descendant_id = c.org_id
    group by 1, 2, 3, 4, 5;
    insert into congress_follow (ancestor_id, term, follower_user_id, due_on, n)
    select cl.ancestor_id, c.term, c.follower_user_id, congress_open_due(c.state, c.due_on), count(*)
    from congress_case c join org_closure cl on cl.descendant_id = c.org_id
    where c.follower_user_id is not null
    group by 1, 2, 3, 4;
end $$;

