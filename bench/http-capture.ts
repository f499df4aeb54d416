// bench:http's fair yardstick for pages the bare server cannot guess: the reads the app makes
// for one page. The app child asks each page twice (the first fills whatever the app keeps
// between requests) and records the SQL and parameters of the second, the steady state, by
// wrapping better-sqlite3's statement methods for the length of that one request only (the
// originals are put back before the benchmark starts, so the measured app runs unwrapped).
// The bare server runs the same statements, prepared once, and writes their rows as minimal
// HTML: the ratio then measures what the app adds on top of the same data work — framework,
// layout, session, rendering and compression.
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';

export interface Read {
  sql: string;
  params: unknown[];
}

type Method = 'all' | 'get' | 'iterate';

/** The reads of one request to `url`, in the order the app made them. */
export async function captureReads(app: FastifyInstance, url: string): Promise<Read[]> {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<Method, (...args: unknown[]) => unknown>;
  probe.close();
  const originals = { all: proto.all, get: proto.get, iterate: proto.iterate };
  const reads: Read[] = [];
  await app.inject({ url }); // the first request fills the app's caches; the second is what a visitor costs
  for (const method of ['all', 'get', 'iterate'] as const) {
    const original = originals[method];
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      reads.push({ sql: this.source, params: args.flat() });
      return original.apply(this, args);
    };
  }
  try {
    const response = await app.inject({ url });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
  } finally {
    Object.assign(proto, originals);
  }
  return reads;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Runs the recorded reads (prepared once) on every request and lists what they return, escaped. */
export function replayReads(db: Database.Database, reads: readonly Read[]): () => string {
  const statements = reads.map((r) => ({ statement: db.prepare(r.sql), params: r.params }));
  return () => {
    const parts: string[] = [];
    for (const { statement, params } of statements) {
      const rows = statement.all(...params) as Record<string, unknown>[];
      const cells = rows.map((row) => Object.values(row).map((v) => (typeof v === 'string' ? esc(v) : String(v))));
      parts.push(`<ul>${cells.map((c) => `<li>${c.join(' ')}</li>`).join('')}</ul>`);
    }
    return parts.join('');
  };
}
