-- Module budget: the budget estimate (dự toán kinh phí) of a congress case, one row per line item. Amounts are
-- whole đồng (bigint); the amount of a line is quantity × unit price, computed, never stored.
create table budget_item (
    id           bigserial primary key,
    case_id      bigint      not null references congress_case (id),
    item_group   text        not null check (item_group in ('VENUE', 'PRINTING', 'ACCOMMODATION', 'DECORATION',
                     'PROPAGANDA', 'IT', 'OTHER')),
    description  text        not null check (btrim(description) <> '' and length(description) <= 500),
    quantity     int         not null check (quantity between 1 and 1000000),
    unit         text        not null check (btrim(unit) <> '' and length(unit) <= 50),
    unit_price   bigint      not null check (unit_price between 0 and 100000000000),
    norm         bigint      check (norm is null or norm >= 0),
    added_by     text        not null,
    added_at     timestamptz not null
);
create index budget_item_case_idx on budget_item (case_id, item_group, id);
