-- Evaluation run history (issue 4): one row per run with its full provenance and results.
-- Runs outlive the dataset rows they describe (no foreign key): history stays readable after a dataset is
-- re-imported or deleted, and the fingerprint says whether the data is still the same.
CREATE TABLE eval_run (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  dataset_name        VARCHAR(200) NOT NULL,
  dataset_version     BIGINT NOT NULL,
  dataset_fingerprint VARCHAR(128) NOT NULL,
  protocol_json       CLOB NOT NULL,
  algorithms_json     CLOB NOT NULL,
  seed                BIGINT NOT NULL,
  code_version        VARCHAR(100) NOT NULL,
  wall_seconds        DOUBLE NOT NULL,
  peak_memory_bytes   BIGINT NOT NULL,
  results_json        CLOB NOT NULL
);
CREATE INDEX eval_run_dataset ON eval_run(dataset_name, created_at);
