/**
 * The workshop database
 * =====================
 *
 * One SQLite file (`<data>/workshop.sqlite`) holds everything a restarted server needs: the rooms, the
 * tokens issued at join (hashed: the file alone lets nobody in), the team documents and the score
 * history. WAL with `synchronous = NORMAL` makes each committed write survive the process being killed
 * (it can still be lost to a power cut, which a workshop on a laptop accepts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { schema as documentsSchema } from '@hocuspocus/extension-sqlite';
import BetterSqlite3 from 'better-sqlite3';

export type Db = BetterSqlite3.Database;

const SCHEMA = `
${documentsSchema};
CREATE TABLE IF NOT EXISTS journal (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS journal_name ON journal (name, id);
CREATE TABLE IF NOT EXISTS rooms (
  id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  secret_hash TEXT NOT NULL,
  model TEXT NOT NULL,
  teams TEXT,
  shock TEXT NOT NULL,
  created INTEGER NOT NULL,
  control TEXT
);
CREATE TABLE IF NOT EXISTS teams (
  room TEXT NOT NULL,
  team TEXT NOT NULL,
  created INTEGER NOT NULL,
  PRIMARY KEY (room, team)
);
CREATE TABLE IF NOT EXISTS tokens (
  token_hash TEXT PRIMARY KEY,
  room TEXT NOT NULL,
  team TEXT NOT NULL,
  name TEXT NOT NULL,
  read_only INTEGER NOT NULL,
  created INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS scores (
  room TEXT NOT NULL,
  team TEXT NOT NULL,
  at INTEGER NOT NULL,
  shock TEXT,
  score REAL,
  delivered REAL,
  demand REAL
);
`;

export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new BetterSqlite3(join(dataDir, 'workshop.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  // Added after the first release of the schema: a database from before gets the column on open.
  const columns = db.prepare('PRAGMA table_info(rooms)').all() as { name: string }[];
  if (!columns.some((c) => c.name === 'control')) db.exec('ALTER TABLE rooms ADD COLUMN control TEXT');
  return db;
}
