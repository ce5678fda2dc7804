-- Failed sign-ins are counted per subject, not per account: the account's e-mail (whether or not an
-- account has it, so the answer does not tell), the client's address, and a browser that signed in
-- to the account before (its device cookie). subject is the SHA-256 of the kind and its value.
-- The counters on admin_user let any stranger lock any account, and go.
CREATE TABLE sign_in_throttle (
    subject varbinary(32) NOT NULL PRIMARY KEY,
    failures int NOT NULL,
    window_started_at datetimeoffset NOT NULL,
    blocked_until datetimeoffset NULL
);

ALTER TABLE admin_user DROP COLUMN failed_sign_ins, COLUMN locked_until;
