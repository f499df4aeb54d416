#!/usr/bin/env node
// `npm test`: typecheck, lint, unit and integration tests on SQLite (and PostgreSQL when a
// server answers), and the browser tests (when Chromium is installed). It says which suites
// it skipped and why; in CI (CI=true) a suite that cannot run is a failure, never a skip.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import pg from 'pg';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function postgresProblem() {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return `no PostgreSQL server answers at ${postgresUrl.replace(/\/\/[^@]*@/, '//')} (${error.message}); set TEST_DATABASE_URL`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function chromiumProblem() {
  return existsSync(chromium)
    ? null
    : `no Chromium at ${chromium}; install the Debian package: apt-get install chromium (or set CHROMIUM_PATH)`;
}

const problems = { postgres: await postgresProblem(), browser: chromiumProblem() };

console.log('\nWijkportaal test plan');
console.log('  typecheck and lint ............ yes');
console.log('  unit and integration, SQLite .. yes');
console.log(`  integration, PostgreSQL ....... ${problems.postgres ? `SKIPPED: ${problems.postgres}` : 'yes'}`);
console.log(`  browser and accessibility ..... ${problems.browser ? `SKIPPED: ${problems.browser}` : 'yes'}\n`);

if (ci && (problems.postgres || problems.browser)) {
  console.error('CI=true: every suite must run, so a missing PostgreSQL or Chromium is a failure.');
  process.exit(1);
}

const env = { ...process.env, WP_TEST_POSTGRES: problems.postgres ? '0' : '1', TEST_DATABASE_URL: postgresUrl, CHROMIUM_PATH: chromium };

/**
 * Two phases, each running its suites side by side: every suite runs on one core (Vitest's
 * default on a 2-core machine is one worker; Playwright runs one worker), so side by side the
 * whole run takes about as long as its slowest suite instead of the sum (ADR 0010).
 */
const phases = [
  [
    ['typecheck', 'npx', ['tsc', '--noEmit']],
    ['lint', 'npm', ['run', '--silent', 'lint']],
  ],
  [['unit and integration', 'npx', ['vitest', 'run']], ...(problems.browser ? [] : [['browser', 'npx', ['playwright', 'test']]])],
];

/** Runs one suite, each line of its output marked with the suite's name; resolves to its exit status. */
function run([name, command, args]) {
  const started = Date.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      console.log(
        `\n=== ${name}: ${code === 0 ? 'passed' : `FAILED (${signal ?? code})`} in ${Math.round((Date.now() - started) / 1000)} s ===\n`,
      );
      resolve({ name, ok: code === 0 });
    }),
  );
}

for (const phase of phases) {
  console.log(`\n=== ${phase.map(([name]) => name).join(' + ')} ===`);
  const failed = (await Promise.all(phase.map(run))).filter((r) => !r.ok);
  if (failed.length > 0) {
    console.error(`\n${failed.map((r) => r.name).join(', ')} failed.`);
    process.exit(1);
  }
}
const skipped = Object.entries(problems).filter(([, p]) => p !== null);
console.log(
  skipped.length === 0 ? '\nAll suites passed.' : `\nAll suites that could run passed; skipped: ${skipped.map(([s]) => s).join(', ')}.`,
);
