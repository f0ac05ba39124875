-- crisis-jdbc incident journal, schema version 1, PostgreSQL 12 or later.
-- A released schema file never changes: a change is a new file V<n+1>__<name>.sql (see the README).
-- Statements end with a semicolon at the end of a line.

CREATE TABLE crisis_journal_schema (
  version    INTEGER                  NOT NULL PRIMARY KEY,
  applied_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- One row per event. seq is the append order across incidents; (incident_id, version) is the
-- optimistic-concurrency key: of two appends at the same expected version exactly one commits.
-- hash = SHA-256 over prev_hash, the version and event_json (README "crisis-jdbc").
CREATE TABLE crisis_incident_event (
  seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  incident_id VARCHAR(200)             NOT NULL,
  version     BIGINT                   NOT NULL,
  event_type  VARCHAR(64)              NOT NULL,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  event_json  TEXT                     NOT NULL,
  prev_hash   CHAR(64)                 NOT NULL,
  hash        CHAR(64)                 NOT NULL,
  CONSTRAINT crisis_incident_event_version_uk UNIQUE (incident_id, version),
  CONSTRAINT crisis_incident_event_version_ck CHECK (version >= 1)
);

-- Listing incidents in order of their first event.
CREATE INDEX crisis_incident_event_first_ix ON crisis_incident_event (seq) WHERE version = 1;
