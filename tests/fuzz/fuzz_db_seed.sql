-- The seed of `make fuzz`'s database target: a small results database as Vigie writes it
-- (schema version 3), with a session, two players, their runs and answers, and a setting.
PRAGMA page_size = 512;
CREATE TABLE players(id INTEGER PRIMARY KEY, nick TEXT NOT NULL UNIQUE, created_ms INTEGER NOT NULL);
CREATE TABLE sessions(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, started_ms INTEGER NOT NULL);
CREATE TABLE runs(id INTEGER PRIMARY KEY, session_id INTEGER REFERENCES sessions(id), player_id INTEGER REFERENCES players(id), pack_id TEXT NOT NULL, level_id TEXT NOT NULL, level_title TEXT NOT NULL, lang TEXT NOT NULL, started_ms INTEGER NOT NULL, ended_ms INTEGER, score INTEGER, max_score INTEGER NOT NULL);
CREATE TABLE answers(run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, seq INTEGER NOT NULL, question_id TEXT NOT NULL, kind TEXT NOT NULL, prompt TEXT NOT NULL, answer TEXT NOT NULL, correct INTEGER NOT NULL, timeout INTEGER NOT NULL, points INTEGER NOT NULL, time_ms INTEGER NOT NULL, at_ms INTEGER NOT NULL, credit REAL NOT NULL DEFAULT 0, PRIMARY KEY(run_id, seq));
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE INDEX runs_level ON runs(pack_id, level_id, started_ms);
CREATE INDEX runs_session ON runs(session_id);
CREATE INDEX runs_started ON runs(started_ms);
INSERT INTO players VALUES(1, 'Ana', 1700000000000), (2, 'Bo', 1700000000000);
INSERT INTO sessions VALUES(1, '2nde B', 1700000000000);
INSERT INTO runs VALUES(1, 1, 1, 'p', 'l1', 'Level', 'fr', 1700000000000, 1700000060000, 900, 1000),
  (2, 1, 2, 'p', 'l1', 'Level', 'fr', 1700000000000, 1700000060000, 500, 1000);
INSERT INTO answers VALUES(1, 1, 'q1', 'choice', 'Which one?', 'A', 1, 0, 900, 3000, 1700000001000, 1.0),
  (2, 1, 'q1', 'choice', 'Which one?', '=B', 0, 0, 0, 3000, 1700000001000, 0.5);
INSERT INTO settings VALUES('retention_days', '0');
PRAGMA application_id = 12345;
PRAGMA user_version = 3;
