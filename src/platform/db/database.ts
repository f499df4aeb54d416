import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { keptPerKey } from '../cache/last-used.ts';
import type { DatabaseTarget } from '../config/config.ts';
import type { Db } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
  /** True when the database answers a trivial query; used by /healthz. */
  ping(): Promise<boolean>;
}

function openSqlite(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const connection = new SQLite(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  // FULL: a commit that was acknowledged survives a power cut too (WAL with NORMAL may lose the last ones).
  connection.pragma('synchronous = FULL');
  return new Kysely({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
}

const STATEMENTS = 500;

/**
 * Kysely prepares every query anew; SQLite compiling a statement costs more than running a
 * small one. The connection keeps the most recently used statements by their SQL text.
 */
function withStatementCache(connection: SQLite.Database): { close(): void; prepare(sql: string): SQLite.Statement } {
  return { close: () => connection.close(), prepare: keptPerKey(STATEMENTS, (text: string) => connection.prepare(text)) };
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

function openPostgres(url: string, poolSize: number, onError: (error: Error) => void): Db {
  // Counts and sums come back as int8/numeric; our values fit in a double, so read them as numbers.
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, Number);
  types.setTypeParser(NUMERIC_OID, Number);
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle connection the server ends (restart, failover, dropped database) must not crash the process.
  pool.on('error', onError);
  return new Kysely({ dialect: new PostgresDialect({ pool }) });
}

export function openDatabase(target: DatabaseTarget, options: { poolSize?: number; onError?: (error: Error) => void } = {}): Database {
  const db =
    target.kind === 'sqlite'
      ? openSqlite(target.file)
      : openPostgres(target.url, options.poolSize ?? 10, options.onError ?? (() => undefined));
  return {
    db,
    engine: target.kind,
    close: () => db.destroy(),
    ping: async () => {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
  };
}
