-- The access-log chain is keyed from now on: each entry's hash is an HMAC-SHA-256 with an
-- installation secret that is not in the database, and the entry names its key, so keys can
-- rotate. Entries written before have no key id and keep verifying as plain SHA-256; the
-- verifier refuses an unkeyed entry after a keyed one (access-log.chain.ts).
ALTER TABLE access_log ADD COLUMN key_id text;
