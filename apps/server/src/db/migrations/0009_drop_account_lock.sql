-- Issue 10: the account lock after wrong passwords is gone (anyone could lock someone else
-- out, and only known addresses locked, which told which addresses exist). Sign-in is
-- throttled per (e-mail, client address) and per client address in rate_limit_counters.
ALTER TABLE users DROP COLUMN failed_login_count, DROP COLUMN locked_until;
