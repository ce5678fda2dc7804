-- The name and address an organisation's pulse and report mails come from (issue #17); NULL means the
-- installation's Mail:From.
ALTER TABLE organisation ADD mail_from_name nvarchar(320) NULL, mail_from_address nvarchar(320) NULL;
