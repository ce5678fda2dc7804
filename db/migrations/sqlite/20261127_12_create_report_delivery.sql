-- One row per report mail the server accepted, so a retried monthly job does not mail a manager twice.
CREATE TABLE report_delivery (
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    month TEXT NOT NULL,
    email TEXT NOT NULL,
    accepted_at TEXT NOT NULL,
    PRIMARY KEY (organisation_id, month, email)
);
