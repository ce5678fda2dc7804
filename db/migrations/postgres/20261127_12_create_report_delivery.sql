-- One row per report mail the server accepted, so a retried monthly job does not mail a manager twice.
CREATE TABLE report_delivery (
    organisation_id bigint NOT NULL REFERENCES organisation (id),
    month text NOT NULL,
    email text NOT NULL,
    accepted_at timestamptz NOT NULL,
    PRIMARY KEY (organisation_id, month, email)
);
