-- One row per report mail the server accepted, so a retried monthly job does not mail a manager twice.
CREATE TABLE report_delivery (
    organisation_id bigint NOT NULL REFERENCES organisation (id),
    month nvarchar(7) NOT NULL,
    email nvarchar(320) NOT NULL,
    accepted_at datetimeoffset NOT NULL,
    PRIMARY KEY (organisation_id, month, email)
);
