-- SQLite and PostgreSQL alike; Schema sets the placeholders to each one's types.

-- One row per run, found by the SHA-256 of its content as read; the artifact zips stay the source of truth.
CREATE TABLE runs (
    id ${run_id_column},
    content_hash TEXT NOT NULL UNIQUE,
    repository TEXT NOT NULL,
    environment TEXT NOT NULL,
    environment_reason TEXT NOT NULL,
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    origin TEXT NOT NULL,
    started_at TEXT,
    artifact_id ${big_integer},
    workflow_run TEXT,
    commit_sha TEXT,
    branch TEXT,
    event TEXT,
    metadata_json TEXT NOT NULL,
    warnings_json TEXT NOT NULL,
    indexed_at TEXT NOT NULL
);
CREATE INDEX runs_by_repository ON runs (repository, environment, started_at);

-- What is known about the run's host and setup, each with where it was learnt.
CREATE TABLE run_facts (
    run_id ${big_integer} NOT NULL REFERENCES runs (id),
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    value TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE cases (
    run_id ${big_integer} NOT NULL REFERENCES runs (id),
    case_index INTEGER NOT NULL,
    shape TEXT NOT NULL,
    dtype TEXT NOT NULL,
    layout TEXT NOT NULL,
    PRIMARY KEY (run_id, case_index)
);

CREATE TABLE operations (
    run_id ${big_integer} NOT NULL REFERENCES runs (id),
    case_index INTEGER NOT NULL,
    operation_index INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    speedup_reference TEXT,
    speedup_candidate TEXT,
    speedup_value ${double},
    PRIMARY KEY (run_id, case_index, operation_index)
);

-- Every measurement with its samples (raw: little-endian IEEE doubles in the measurement's unit).
CREATE TABLE measurements (
    run_id ${big_integer} NOT NULL REFERENCES runs (id),
    case_index INTEGER NOT NULL,
    operation_index INTEGER NOT NULL,
    position INTEGER NOT NULL,
    implementation TEXT NOT NULL,
    unit TEXT NOT NULL,
    samples INTEGER,
    mean ${double} NOT NULL,
    median ${double},
    min ${double},
    stddev ${double},
    raw ${bytes} NOT NULL,
    PRIMARY KEY (run_id, case_index, operation_index, position)
);
