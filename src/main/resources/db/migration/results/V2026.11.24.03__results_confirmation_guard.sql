-- Module results: the confirmation is always the registered decision. results.Confirmations records its row
-- before it moves the case to CONFIRMED, and a step guard lets the case into CONFIRMED only when such a row was
-- recorded after the case's results were last reported and has not been annulled since.
alter table results_confirmation add column recorded_at timestamptz;
alter table results_confirmation add column annulled_on date;
