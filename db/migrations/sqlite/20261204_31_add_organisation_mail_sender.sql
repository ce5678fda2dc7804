-- The name and address an organisation's pulse and report mails come from (issue #17); NULL means the
-- installation's Mail:From.
ALTER TABLE organisation ADD COLUMN mail_from_name TEXT NULL;
ALTER TABLE organisation ADD COLUMN mail_from_address TEXT NULL;
