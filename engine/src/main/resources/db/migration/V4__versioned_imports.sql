-- RecStudio workspace schema, version 4: crash-safe imports (issue 9).
--
-- An import no longer relies on one large H2 transaction. It writes its rows in many small committed
-- transactions, all tagged with its generation (the id of its first import_log row), which no reader sees,
-- and becomes visible by one single-row update: dataset.current_import := generation. A row is visible
-- when gen_from <= current_import and (gen_to is null or gen_to > current_import); an import that replaces
-- a row writes the new version under its generation and sets the old version's gen_to to the same
-- generation. A generation above current_import never became current: Workspace.open removes its rows.
-- See docs/architecture.md, "Crash safety".

ALTER TABLE dataset ADD COLUMN current_import BIGINT;
ALTER TABLE dataset ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE dataset SET current_import = 0;

ALTER TABLE import_log ADD COLUMN gen BIGINT DEFAULT 0 NOT NULL;
-- before version 4 an unfinished log row could only be a rolled-back import's leftover
DELETE FROM import_log WHERE finished_at IS NULL;

ALTER TABLE interaction_chunk ADD COLUMN gen BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE item_v4 (
  dataset_id  INT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  idx         INT NOT NULL,
  gen_from    BIGINT NOT NULL,
  gen_to      BIGINT,
  external_id VARCHAR(1000) NOT NULL,
  title       VARCHAR(100000),
  description CLOB,
  category    VARCHAR(100000),
  brand       VARCHAR(10000),
  price       DOUBLE,
  created_at  BIGINT,
  in_stock    BOOLEAN,
  attributes  CLOB,
  placeholder BOOLEAN DEFAULT FALSE NOT NULL,
  PRIMARY KEY (dataset_id, idx, gen_from)
);
INSERT INTO item_v4 (dataset_id, idx, gen_from, gen_to, external_id, title, description, category, brand, price,
                     created_at, in_stock, attributes, placeholder)
  SELECT dataset_id, idx, 0, NULL, external_id, title, description, category, brand, price, created_at, in_stock,
         attributes, placeholder FROM item;
DROP TABLE item;
ALTER TABLE item_v4 RENAME TO item;
CREATE INDEX item_external_id ON item(dataset_id, external_id);
CREATE INDEX item_gen_to ON item(dataset_id, gen_to);

CREATE TABLE app_user_v4 (
  dataset_id  INT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  idx         INT NOT NULL,
  gen_from    BIGINT NOT NULL,
  gen_to      BIGINT,
  external_id VARCHAR(1000) NOT NULL,
  attributes  CLOB,
  PRIMARY KEY (dataset_id, idx, gen_from)
);
INSERT INTO app_user_v4 (dataset_id, idx, gen_from, gen_to, external_id, attributes)
  SELECT dataset_id, idx, 0, NULL, external_id, attributes FROM app_user;
DROP TABLE app_user;
ALTER TABLE app_user_v4 RENAME TO app_user;
CREATE INDEX app_user_external_id ON app_user(dataset_id, external_id);
CREATE INDEX app_user_gen_to ON app_user(dataset_id, gen_to);

CREATE TABLE event_type_v4 (
  dataset_id INT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  code       INT NOT NULL,
  gen_from   BIGINT NOT NULL,
  gen_to     BIGINT,
  name       VARCHAR(100) NOT NULL,
  weight     DOUBLE NOT NULL,
  use_value  BOOLEAN DEFAULT FALSE NOT NULL,
  PRIMARY KEY (dataset_id, code, gen_from)
);
INSERT INTO event_type_v4 (dataset_id, code, gen_from, gen_to, name, weight, use_value)
  SELECT dataset_id, code, 0, NULL, name, weight, use_value FROM event_type;
DROP TABLE event_type;
ALTER TABLE event_type_v4 RENAME TO event_type;

-- What readers see: the datasets that exist, and the current version of each row of theirs.
CREATE VIEW live_dataset AS
  SELECT * FROM dataset WHERE current_import IS NOT NULL AND NOT deleted;
CREATE VIEW live_item AS
  SELECT i.* FROM item i JOIN dataset d ON d.id = i.dataset_id
  WHERE i.gen_from <= d.current_import AND (i.gen_to IS NULL OR i.gen_to > d.current_import);
CREATE VIEW live_app_user AS
  SELECT u.* FROM app_user u JOIN dataset d ON d.id = u.dataset_id
  WHERE u.gen_from <= d.current_import AND (u.gen_to IS NULL OR u.gen_to > d.current_import);
CREATE VIEW live_event_type AS
  SELECT e.* FROM event_type e JOIN dataset d ON d.id = e.dataset_id
  WHERE e.gen_from <= d.current_import AND (e.gen_to IS NULL OR e.gen_to > d.current_import);
CREATE VIEW live_interaction_chunk AS
  SELECT k.* FROM interaction_chunk k JOIN dataset d ON d.id = k.dataset_id
  WHERE k.gen <= d.current_import;
CREATE VIEW live_import_log AS
  SELECT l.* FROM import_log l JOIN dataset d ON d.id = l.dataset_id
  WHERE l.gen <= d.current_import;
