-- Failed sign-ins are counted per (account name, client address), not on the account: a stranger who
-- keeps guessing `admin` only shuts out their own address, never the administrator elsewhere. The state
-- lives here (not in an app node's memory) so that every node behind a load balancer agrees.
-- Names that are no account are counted too, so the answers cannot tell which names exist.
create table login_throttle (
    username        text        not null,
    client          text        not null,
    failures        int         not null check (failures > 0),
    blocked_until   timestamptz,
    last_failure_at timestamptz not null,
    primary key (username, client)
);
create index login_throttle_last_failure_idx on login_throttle (last_failure_at);
