-- RecStudio workspace schema, version 2: trained models.
-- The model data lives in artifacts/models/<id>/model.bin (header, provenance, payload, SHA-256 trailer); this
-- row indexes it. A model names its dataset by name, version and fingerprint rather than by a foreign key, so it
-- outlives re-imports and tells the user when the data it was fitted on has changed.
CREATE TABLE model (
  id                  INT AUTO_INCREMENT PRIMARY KEY,
  name                VARCHAR(200) NOT NULL UNIQUE,
  algorithm           VARCHAR(100) NOT NULL,
  dataset_name        VARCHAR(200),
  dataset_version     BIGINT NOT NULL,
  dataset_fingerprint VARCHAR(200),
  params              CLOB NOT NULL,
  provenance          CLOB NOT NULL,
  artifact_path       VARCHAR(4000) NOT NULL,
  sha256              VARCHAR(64) NOT NULL,
  size_bytes          BIGINT NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
CREATE INDEX model_dataset ON model(dataset_name);
