import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Started {
  exit: Promise<number | null>;
  stderr: () => string;
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
    kill: (signal) => child.kill(signal),
    async logLine(predicate) {
      for (let i = 0; i < 300; i++) {
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
  });

  it('refuses to start on a bad setting, with one line naming it', async () => {
    const server = start({ PORT: 'abc' });
    expect(await server.exit).toBe(1);
    expect(server.stderr().trim()).toBe('Invalid configuration: PORT must be a number (got "abc")');
  });
});
