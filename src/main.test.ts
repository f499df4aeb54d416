import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Started {
  exit: Promise<number | null>;
  stderr: () => string;
  stdout: () => string;
  logLine: (predicate: (entry: Record<string, unknown>) => boolean) => Promise<Record<string, unknown>>;
  kill: (signal: NodeJS.Signals) => void;
}

/** Starts the real server the way `npm start` does, in a child process. */
function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: 'pipe',
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    exit,
    stderr: () => err,
    stdout: () => out,
    kill: (signal) => child.kill(signal),
    async logLine(predicate) {
      // Up to 45 s: a cold start compiles through tsx and loads the demo data, on a busy CI machine.
      for (let i = 0; i < 900; i++) {
        for (const line of out.split('\n')) {
          if (!line.startsWith('{')) continue;
          const entry = JSON.parse(line) as Record<string, unknown>;
          if (predicate(entry)) return entry;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`log line not found in:\n${out}\n${err}`);
    },
  };
}

describe('the server process', () => {
  it('starts on an empty SQLite file, answers, and shuts down cleanly on SIGTERM', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wp-main-')), 'data', 'wijkportaal.db');
    const server = start({ DATABASE_URL: file, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    const running = await server.logLine((e) => e.msg === 'Wijkportaal is running');
    await server.logLine((e) => e.msg === 'demo data for Utrecht loaded');
    const address = String(running.address);
    const health = await fetch(`${address}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${address}/oost`)).status).toBe(200);

    server.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    await server.logLine((e) => String(e.msg).startsWith('shutting down'));
    await expect(fetch(`${address}/healthz`)).rejects.toThrow();
  }, 60_000);

  it('loads the demo data once when two processes start on one empty SQLite file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wp-main-')), 'data', 'wijkportaal.db');
    const env = { DATABASE_URL: file, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' };
    const servers = [start(env), start(env)];
    try {
      const running = await Promise.all(servers.map((s) => s.logLine((e) => e.msg === 'Wijkportaal is running')));
      for (const r of running) expect((await fetch(`${String(r.address)}/oost`)).status).toBe(200);
      const loaded = servers.filter((s) => s.stdout().includes('demo data for Utrecht loaded'));
      expect(loaded).toHaveLength(1);
    } finally {
      for (const s of servers) s.kill('SIGTERM');
      await Promise.all(servers.map((s) => s.exit));
    }
  }, 60_000);

  it('refuses to start on a bad setting, with one line naming it', async () => {
    const server = start({ PORT: 'abc' });
    expect(await server.exit).toBe(1);
    expect(server.stderr().trim()).toBe('Invalid configuration: PORT must be a number (got "abc")');
  });
});

describe('the log', () => {
  it('keeps the last line written before the process is killed', async () => {
    // A burst of lines first, so a buffered logger would still hold the last one.
    const code =
      "import { createLogger } from './src/app.ts'; const log = createLogger('info'); for (let i = 0; i < 5000; i++) log.info({ i }, 'x'.repeat(200)); log.info('the last words'); process.kill(process.pid, 'SIGKILL');";
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: 'pipe' });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await new Promise((resolve) => child.on('exit', resolve));
    expect(out).toContain('the last words');
  });
});

describe('npm run backup and npm run restore', () => {
  const run = (script: string, env: Record<string, string>, args: string[] = []) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: 'pipe',
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('exit', (code) => resolve({ code, out }));
    });

  it('backs up the configured SQLite database and puts a backup back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp-cli-'));
    const env = { DATABASE_URL: join(dir, 'data', 'wijkportaal.db') };
    expect((await run('src/migrate.ts', env)).code).toBe(0);
    const target = join(dir, 'copy.db');
    const backup = await run('src/backup.ts', env, [target]);
    expect(backup.code).toBe(0);
    expect(backup.out).toContain(`Backup made: ${target}`);
    const restore = await run('src/restore.ts', env, [target]);
    expect(restore.code).toBe(0);
    expect(restore.out).toMatch(/Restored .* The database it replaced is kept as .*before-restore/);
    const missing = await run('src/restore.ts', env, []);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('Name the backup to restore');
  }, 60_000);
});
