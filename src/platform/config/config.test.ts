import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from './config.ts';
import { ensureSessionSecret } from './session-secret.ts';

describe('loadConfig', () => {
  it('gives a zero-config development setup on SQLite', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', file: './data/wijkportaal.db' });
    expect(config.baseUrl.href).toBe('http://localhost:3000/');
    expect(config.demoData).toBe(true);
    expect(config.dataDir).toBe('./data');
  });

  it('reads every documented variable', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://app@db:5432/wijkportaal',
      BASE_URL: 'https://wijkportaal.example.nl',
      SESSION_SECRET: 'x'.repeat(32),
      SMTP_URL: 'smtp://mail.example.nl:25',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
    });
    expect(config.port).toBe(8080);
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://app@db:5432/wijkportaal' });
    expect(config.baseUrl.origin).toBe('https://wijkportaal.example.nl');
    expect(config.smtpUrl).toBe('smtp://mail.example.nl:25');
    expect(config.logLevel).toBe('warn');
    expect(config.demoData).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT must be a number \(got "abc"\)$/],
    [{ PORT: '70000' }, /PORT must be at most 65535/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ BASE_URL: 'ftp://x' }, /BASE_URL must be an http\(s\) URL/],
    [{ SMTP_URL: 'http://mail' }, /SMTP_URL must be an smtp/],
    [{ SESSION_SECRET: 'short' }, /SESSION_SECRET must be at least 32 characters/],
    [{ DATABASE_URL: 'mysql://db/x' }, /DATABASE_URL must be a file path/],
    [{ DEMO_DATA: 'maybe' }, /DEMO_DATA must be true or false/],
    [{ QUESTIONS_RETENTION_MONTHS: '0' }, /QUESTIONS_RETENTION_MONTHS must be at least 1 month/],
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY must be false, the number of proxies in front/],
    [{ TRUST_PROXY: '10.0.0.0/99' }, /TRUST_PROXY must be false/],
    [{ TRUST_PROXY: 'proxy.example' }, /TRUST_PROXY must be false/],
  ])('stops with one line naming the variable for %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('trusts only named proxies or a number of hops, never every X-Forwarded-For', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.0.1.0/24,::1' }).trustProxy).toBe('10.0.0.5,10.0.1.0/24,::1');
  });

  it('requires secrets, mail and base URL in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET is required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) })).toThrow(/SMTP_URL is required/);
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 's'.repeat(40),
      SMTP_URL: 'smtps://mail.example.nl',
      BASE_URL: 'https://w.example.nl',
    });
    expect(config.demoData).toBe(false);
  });
});

describe('parseDatabaseUrl', () => {
  it.each([
    ['./data/x.db', './data/x.db'],
    ['sqlite:./x.db', './x.db'],
    ['sqlite:///var/lib/w.db', '/var/lib/w.db'],
    ['/abs/path.db', '/abs/path.db'],
  ])('reads %s as an SQLite file', (url, file) => {
    expect(parseDatabaseUrl(url)).toEqual({ kind: 'sqlite', file });
  });

  it('reads postgresql:// too', () => {
    expect(parseDatabaseUrl('postgresql://h/d').kind).toBe('postgres');
  });
});

describe('ensureSessionSecret', () => {
  it('generates a secret once and keeps it private in the data folder', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'wp-secret-')), 'data');
    const first = ensureSessionSecret(undefined, dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(ensureSessionSecret(undefined, dir)).toBe(first);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8')).toBe(first);
    expect(statSync(join(dir, 'session-secret')).mode & 0o777).toBe(0o600);
  });

  it('prefers the configured secret', () => {
    expect(ensureSessionSecret('c'.repeat(32), '/nonexistent')).toBe('c'.repeat(32));
  });
});
