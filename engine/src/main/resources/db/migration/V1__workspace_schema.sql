-- RecStudio workspace schema, version 1.
-- Interactions are stored as columnar chunks (see InteractionChunkCodec): one row per ~64K interactions keeps
-- imports and Dataset loads fast while the H2 transaction still makes each import atomic.
CREATE TABLE workspace_info (
  info_key   VARCHAR(100) PRIMARY KEY,
  info_value VARCHAR(4000)
);

CREATE TABLE dataset (
  id          INT AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(200) NOT NULL UNIQUE,
  description VARCHAR(4000),
  created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  version     BIGINT DEFAULT 0 NOT NULL
);

CREATE TABLE event_type (
  dataset_id INT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  code       INT NOT NULL,
  name       VARCHAR(100) NOT NULL,
  weight     DOUBLE NOT NULL,
  use_value  BOOLEAN DEFAULT FALSE NOT NULL,
  PRIMARY KEY (dataset_id, code),
  UNIQUE (dataset_id, name)
);

CREATE TABLE item (
  dataset_id  INT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  idx         INT NOT NULL,
  external_id VARCHAR(1000) NOT NULL,
  title       VARCHAR(4000),
  description CLOB,
  category    VARCHAR(2000),
  brand       VARCHAR(1000),
  price       DOUBLE,
  created_at  BIGINT,
  in_stock    BOOLEAN,
  attributes  CLOB,
  placeholder BOOLEAN DEFAULT FALSE NOT NULL,
  PRIMARY KEY (dataset_id, idx),
  UNIQUE (dataset_id, external_id)
);

CREATE TABLE app_user (
  dataset_id  INT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  idx         INT NOT NULL,
  external_id VARCHAR(1000) NOT NULL,
  attributes  CLOB,
  PRIMARY KEY (dataset_id, idx),
  UNIQUE (dataset_id, external_id)
);

CREATE TABLE import_log (
  id          INT AUTO_INCREMENT PRIMARY KEY,
  dataset_id  INT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  kind        VARCHAR(20) NOT NULL,
  source      VARCHAR(4000) NOT NULL,
  fingerprint VARCHAR(128) NOT NULL,
  started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at TIMESTAMP WITH TIME ZONE,
  accepted    BIGINT DEFAULT 0 NOT NULL,
  rejected    BIGINT DEFAULT 0 NOT NULL,
  duplicates  BIGINT DEFAULT 0 NOT NULL,
  report_path VARCHAR(4000),
  summary     CLOB
);
CREATE INDEX import_log_fingerprint ON import_log(dataset_id, kind, fingerprint);

CREATE TABLE interaction_chunk (
  dataset_id INT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  import_id  INT NOT NULL,
  seq        INT NOT NULL,
  row_count  INT NOT NULL,
  data       BLOB NOT NULL,
  PRIMARY KEY (dataset_id, import_id, seq)
);
