-- crisis-jdbc incident journal, schema version 1, H2 2.x (MODE=PostgreSQL), for development and
-- tests. The same tables as the PostgreSQL file; H2 has no partial indexes.
-- A released schema file never changes: a change is a new file V<n+1>__<name>.sql (see the README).
-- Statements end with a semicolon at the end of a line.

CREATE TABLE crisis_journal_schema (
  version    INTEGER                  NOT NULL PRIMARY KEY,
  applied_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE crisis_incident_event (
  seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  incident_id VARCHAR(200)             NOT NULL,
  version     BIGINT                   NOT NULL,
  event_type  VARCHAR(64)              NOT NULL,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  event_json  CHARACTER VARYING        NOT NULL,
  prev_hash   CHAR(64)                 NOT NULL,
  hash        CHAR(64)                 NOT NULL,
  CONSTRAINT crisis_incident_event_version_uk UNIQUE (incident_id, version),
  CONSTRAINT crisis_incident_event_version_ck CHECK (version >= 1)
);

CREATE INDEX crisis_incident_event_first_ix ON crisis_incident_event (version, seq);
