-- Module season (progress): a stamp per node and term that every change to the node's aggregate rows bumps,
-- in the same transaction. A progress read first reads the stamp, then the rows; an app node may keep what
-- it read and serve it again for as long as the stamp it reads on each later request is unchanged (the rows
-- it holds are then at least as new as everything committed since). Nothing is served without reading the
-- stamp, so two app nodes never disagree and a change shows on the very next load.
--
-- A stamp row is never deleted, only bumped: an absent row reads as 0 until the first change creates it at 1.
create table congress_progress_stamp (
    ancestor_id bigint not null,
    term        text   not null,
    version     bigint not null,
    primary key (ancestor_id, term)
);

-- Held or closed cases no longer count by deadline in the level rows either (as in congress_follow): the
-- progress only looks at the deadlines of open cases, and the root keeps a few hundred rows fewer.
create or replace function congress_progress_apply(a bigint[], t text[], l text[], s text[], d date[], f bigint[],
                                                   k int[])
    returns void language plpgsql as $$
declare
    za bigint[]; zt text[]; zl text[]; zs text[]; zd date[]; zf bigint[];
begin
    with up as (
        insert into congress_progress as p (ancestor_id, term, level, state, due_on, n)
        select x.a, x.t, x.l, x.s, congress_open_due(x.s, x.d), sum(x.k)
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

    -- Last, in key order like the rows above (the same order in every statement: no deadlock between two).
    -- Every node whose deltas this statement saw, even those that cancelled out: a spare re-read is harmless.
    insert into congress_progress_stamp as p (ancestor_id, term, version)
    select distinct x.a, x.t, 1 from unnest(a, t) x (a, t)
    order by 1, 2
    on conflict (ancestor_id, term) do update set version = p.version + 1;
end $$;

create or replace function congress_progress_rebuild() returns void language plpgsql as $$
begin
    lock table congress_case in share mode;
    delete from congress_progress;
    delete from congress_follow;
    insert into congress_progress (ancestor_id, term, level, state, due_on, n)
    select cl.ancestor_id, c.term, c.level, c.state, congress_open_due(c.state, c.due_on), count(*)
    from congress_case c join org_closure cl on cl.descendant_id = c.org_id
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5;
    insert into congress_follow (ancestor_id, term, follower_user_id, due_on, n)
    select cl.ancestor_id, c.term, c.follower_user_id, congress_open_due(c.state, c.due_on), count(*)
    from congress_case c join org_closure cl on cl.descendant_id = c.org_id
    where c.follower_user_id is not null
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4;
    -- Everything may have changed: every stamp moves on, and every node with rows gets one.
    update congress_progress_stamp set version = version + 1;
    insert into congress_progress_stamp (ancestor_id, term, version)
    select distinct ancestor_id, term, 1 from congress_progress
    order by 1, 2
    on conflict (ancestor_id, term) do nothing;
end $$;

select congress_progress_rebuild();
