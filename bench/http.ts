// `npm run bench:http`: the app against a bare Fastify 5 + better-sqlite3 server (http-bare.ts)
// on a copy of the same demo database, each in its own process, driven by autocannon (10
// connections, `accept-encoding: gzip, br` as a browser sends) in alternating rounds (3 each,
// DURATION seconds, default 5). Prints req/s, the median per address and the app's share of
// bare — of the same page and, as the issue's table did, of the bare search — the stylesheet's
// size, and the load average (the figures only mean something on a quiet machine). It
// measures, it does not judge. Goals (issue 16): search ≥ 50 %, /oost ≥ 70 % of the bare search.
// The bare server does the same data work as the app: its search runs the app's FTS query, and
// its start and detail pages run the very reads the app made for them (recorded once by the
// app child, http-capture.ts), so each ratio measures what the app adds on top — framework,
// layout, session, rendering and compression — not a lighter page.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { captureReads, type Read } from './http-capture.ts';
import { queryWords } from '../src/features/guide/search/search.rules.ts';

const ROUNDS = 3;
const DURATION = Number(process.env.DURATION ?? 5);
const headers = { 'accept-encoding': 'gzip, br' };

function serve(kind: string, file = ''): Promise<{ child: ChildProcess; port: number; file: string; reads: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/http.ts', '--serve', kind, file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) =>
      resolve({ child, ...(JSON.parse(chunk.toString().split('\n')[0] ?? '{}') as { port: number; file: string; reads: string }) }),
    );
    child.once('exit', (code) => reject(new Error(`${kind} server stopped (${String(code)})`)));
  });
}

// CPU time of a server process (user + system, Linux /proc, in clock ticks of 10 ms): req/s
// moves with whatever else shares the 2 cores, CPU per request much less.
function cpuMs(pid: number | undefined): number {
  const stat = readFileSync(`/proc/${pid ?? 0}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Round {
  rate: number;
  cpuPerRequest: number;
}

// A search that is new each time: the app keeps results per data version (ADR 0012), so the
// same search over and over measures a kept result; these measure the search itself.
const NEW_SEARCHES = '/oost/gids?q=… (a new word each time)';
let searchWords: string[] = [];

/**
 * Searches no two alike (as the app reads them: `queryWords`), more than the app keeps: the
 * words of Oost's entries' names and summaries and their beginnings of four letters and more,
 * in a fixed order. All but five find something (a beginning is asked as every stem it may
 * start); the five begin stop words, which are not indexed ("kunn", "heef").
 */
function searchesOf(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare<[], { text: string }>(
      "select name || ' ' || summary as text from guide_search where district_id = (select id from districts where slug = 'oost') order by entry_id",
    )
    .all();
  db.close();
  const words = new Set(rows.flatMap((r) => r.text.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 4));
  const searches = new Map<string, string>();
  for (const word of words)
    for (let n = 4; n <= word.length; n++) {
      const key = JSON.stringify(queryWords(word.slice(0, n)));
      if (key !== '[]' && !searches.has(key)) searches.set(key, word.slice(0, n));
    }
  return [...searches.values()];
}

async function rate(server: { port: number; child: ChildProcess }, path: string): Promise<Round> {
  const cpu = cpuMs(server.child.pid);
  let next = 0;
  const requests =
    path === NEW_SEARCHES
      ? [
          {
            setupRequest: (r: object) => ({
              ...r,
              path: `/oost/gids?q=${encodeURIComponent(searchWords[next++ % searchWords.length] ?? '')}`,
            }),
          },
        ]
      : undefined;
  const url = `http://127.0.0.1:${server.port}${path === NEW_SEARCHES ? '/oost/gids' : path}`;
  const result = await autocannon({ url, connections: 10, duration: DURATION, headers, ...(requests === undefined ? {} : { requests }) });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${path} on ${server.port}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rate: result.requests.average, cpuPerRequest: (cpuMs(server.child.pid) - cpu) / Math.max(1, result.requests.total) };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const entryIds = (html: string) =>
  [...html.matchAll(/href="\/oost\/gids\/(?:aanbod|plekken|organisaties)\/([0-9a-f-]+)"/g)].map((m) => m[1]);

/** The yardstick holds only when both show the same entries: say so, and show them when not. */
function compareRows(app: string, bare: string): void {
  const same = JSON.stringify(entryIds(app)) === JSON.stringify(entryIds(bare));
  console.log(`search rows: the app and the bare server show ${same ? 'the same' : 'DIFFERENT'} entries in the same order`);
  if (!same) console.log(`  app: ${entryIds(app).join(' ')}\n  bare: ${entryIds(bare).join(' ')}`);
}

type Rounds = Map<string, { app: Round[]; bare: Round[] }>;

/**
 * Two yardsticks: the bare server's same page (the same reads), and its search — the issue's
 * own table put every page beside the bare search (goals: search 50 %, /oost 70 %).
 */
function printRounds(rounds: Rounds, name: (path: string) => string): void {
  const rates = (list: Round[]) => list.map((x) => x.rate);
  const cpus = (list: Round[]) => list.map((x) => x.cpuPerRequest);
  const bareSearch = [...rounds.values()][0]?.bare ?? [];
  const percent = (x: number) => `${(x * 100).toFixed(0)} %`;
  const list = (values: number[]) => values.map((x) => x.toFixed(0)).join(' ');
  console.log(`\nreq/s, autocannon 10 connections, ${ROUNDS} alternating rounds of ${DURATION} s, median:`);
  console.log('| address | bare | app | app / bare | app / bare search | rounds (bare; app) |\n| --- | --- | --- | --- | --- | --- |');
  for (const [path, r] of rounds) {
    const [b, a] = [median(rates(r.bare)), median(rates(r.app))];
    const share = percent(a / median(rates(bareSearch)));
    console.log(
      `| \`${name(path)}\` | ${b.toFixed(0)} | ${a.toFixed(0)} | ${percent(a / b)} | ${share} | ${list(rates(r.bare))}; ${list(rates(r.app))} |`,
    );
  }
  console.log(`\nCPU per request of each server process (ms, median of the rounds; bare / app is the share a CPU-bound server reaches):`);
  console.log('| address | bare | app | bare / app | bare search / app |\n| --- | --- | --- | --- | --- |');
  for (const [path, r] of rounds) {
    const [b, a] = [median(cpus(r.bare)), median(cpus(r.app))];
    console.log(`| \`${name(path)}\` | ${b.toFixed(3)} | ${a.toFixed(3)} | ${percent(b / a)} | ${percent(median(cpus(bareSearch)) / a)} |`);
  }
}

async function main(): Promise<void> {
  const app = await serve('app');
  const copy = `${app.file}.bare.db`;
  new Database(app.file, { readonly: true }).exec(`vacuum into '${copy.replace(/'/g, "''")}'`);
  // WAL like the app's database; set here, as the bare server opens its copy read-only.
  const wal = new Database(copy);
  wal.pragma('journal_mode = WAL');
  wal.close();
  const bare = await serve('bare', `${copy}\n${app.reads}`);
  try {
    const base = `http://127.0.0.1:${app.port}`;
    const search = await (await fetch(`${base}/oost/gids?q=mantelzorg`)).text();
    const bareSearch = await (await fetch(`http://127.0.0.1:${bare.port}/oost/gids?q=mantelzorg`)).text();
    const detail = /href="(\/oost\/gids\/(?:aanbod|plekken|organisaties)\/[0-9a-f-]+)"/.exec(search)?.[1] ?? '/oost/gids';

    const css = await (await fetch(`${base}${/href="(\/assets\/wijkportaal\.[0-9a-f]+\.css)"/.exec(search)?.[1] ?? ''}`)).text();
    console.log(
      `stylesheet: ${kB(css.length)} raw, ${kB(gzipSync(css, { level: 9 }).length)} gzip, ${kB(brotliCompressSync(css).length)} brotli (goal ≤ 10 kB gzip)`,
    );
    compareRows(search, bareSearch);
    const reads = JSON.parse(readFileSync(app.reads, 'utf8')) as Record<string, Read[]>;
    console.log(
      `reads the bare server repeats: ${Object.entries(reads)
        .map(([url, r]) => `${url} ${r.length}`)
        .join(', ')}`,
    );
    console.log(`load average before: ${load()} (2 cores is quiet below ~0.5)`);
    searchWords = searchesOf(copy);
    console.log(`new searches: ${searchWords.length} different searches in turn (the app keeps the last 500)`);
    const paths = ['/oost/gids?q=mantelzorg', NEW_SEARCHES, detail, '/oost', '/healthz'];
    const rounds = new Map(paths.map((p) => [p, { app: [] as Round[], bare: [] as Round[] }]));
    for (let round = 0; round < ROUNDS; round++)
      for (const path of paths) {
        rounds.get(path)?.bare.push(await rate(bare, path));
        rounds.get(path)?.app.push(await rate(app, path));
      }
    printRounds(rounds, (path) => (path === detail ? '/oost/gids/… (detail)' : path));
    console.log(`\nload average after: ${load()}`);
  } finally {
    bare.child.kill();
    app.child.kill();
    rmSync(copy, { force: true });
    rmSync(app.reads, { force: true });
  }
}

if (process.argv[2] === '--serve') {
  // A child: one server, its port (and for the app its database file) on the first line.
  if (process.argv[3] === 'bare') {
    const { startBare } = await import('./http-bare.ts');
    const [file = '', reads = ''] = (process.argv[4] ?? '').split('\n');
    const bare = await startBare(file, JSON.parse(readFileSync(reads, 'utf8')) as Record<string, Read[]>);
    console.log(JSON.stringify({ port: bare.port }));
  } else {
    const { demoApp } = await import('./app-harness.ts');
    const bench = await demoApp();
    // The reads of the start page and of the first search hit's page, for the bare server.
    const search = await bench.app.inject({ url: '/oost/gids?q=mantelzorg' });
    const detail = /href="(\/oost\/gids\/(?:aanbod|plekken|organisaties)\/[0-9a-f-]+)"/.exec(search.body)?.[1] ?? '/oost/gids';
    const reads = `${bench.file}.reads.json`;
    const pages = { '/oost': await captureReads(bench.app, '/oost'), [detail]: await captureReads(bench.app, detail) };
    writeFileSync(reads, JSON.stringify(pages));
    await bench.app.listen({ host: '127.0.0.1', port: Number(process.env.APP_PORT ?? 0) });
    const address = bench.app.server.address();
    console.log(JSON.stringify({ port: typeof address === 'object' && address !== null ? address.port : 0, file: bench.file, reads }));
    // The parent ends the child with SIGTERM: drop the temporary database on the way out.
    process.once('SIGTERM', () => void bench.close().then(() => process.exit(0)));
  }
} else {
  await main();
}
