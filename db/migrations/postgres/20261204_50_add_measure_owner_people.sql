-- A measure's owners are people from the roster (issue #17). owner_inside/owner_field keep the name as it was
-- recorded: earlier records have free text there and no id, and a report still names an erased person's role.
ALTER TABLE measure ADD COLUMN owner_inside_id bigint NULL REFERENCES participant (id);
ALTER TABLE measure ADD COLUMN owner_field_id bigint NULL REFERENCES participant (id);

-- One row per measure and owner that was told by mail: saving a workshop again mails nobody twice.
CREATE TABLE measure_owner_mail (
    measure_id bigint NOT NULL REFERENCES measure (id),
    participant_id bigint NOT NULL REFERENCES participant (id),
    sent_at timestamptz NOT NULL,
    PRIMARY KEY (measure_id, participant_id)
);
