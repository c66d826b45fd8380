-- Module season (progress): keep each node's aggregate rows together on disk. The root's few thousand rows
-- are read at every national progress load and updated by every case write: with free space on each page
-- the updates stay on the same page (HOT, no index change), and the rebuild writes rows in key order, so a
-- node's rows fill a few neighbouring pages instead of thousands of scattered ones.
alter table congress_progress set (fillfactor = 50);
alter table congress_follow set (fillfactor = 50);

create or replace function congress_progress_rebuild() returns void language plpgsql as $$
begin
    lock table congress_case in share mode;
    delete from congress_progress;
    delete from congress_follow;
    insert into congress_progress (ancestor_id, term, level, state, due_on, n)
    select cl.ancestor_id, c.term, c.level, c.state, coalesce(c.due_on, 'infinity'), count(*)
    from congress_case c join org_closure cl on cl.descendant_id = c.org_id
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5;
    insert into congress_follow (ancestor_id, term, follower_user_id, due_on, n)
    select cl.ancestor_id, c.term, c.follower_user_id, congress_open_due(c.state, c.due_on), count(*)
    from congress_case c join org_closure cl on cl.descendant_id = c.org_id
    where c.follower_user_id is not null
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4;
end $$;
