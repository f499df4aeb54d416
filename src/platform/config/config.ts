import { isIP } from 'node:net';
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(65535, 'must be at most 65535')
    .default(3000),
  DATABASE_URL: z.string().min(1, 'must not be empty').default('sqlite:./data/wijkportaal.db'),
  BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://wijkportaal.example.nl' }).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z
    .string()
    .min(3, 'must be an address such as "Wijkportaal <noreply@example.nl>"')
    .default('Wijkportaal <noreply@wijkportaal.localhost>'),
  LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).default('info'),
  DEMO_DATA: booleanText.optional(),
  COMPRESSION: z.enum(['on', 'off'], { error: 'must be on, or off when a reverse proxy compresses' }).default('on'),
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, ctx) => {
      const parsed = trustProxyOf(value);
      if (parsed === undefined)
        ctx.addIssue({
          code: 'custom',
          message: "must be false, the number of proxies in front (e.g. 1), or their addresses (e.g. '10.0.0.5,10.0.1.0/24')",
        });
      return parsed ?? false;
    }),
  QUESTIONS_RETENTION_MONTHS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number of months')
    .min(1, 'must be at least 1 month')
    .max(120, 'must be at most 120 months')
    .default(12),
});

/**
 * Which X-Forwarded-For hops to believe. Never "all": then any client could claim any
 * address and slip past the per-address limits. False, a number of proxies in front, or
 * the proxies' own addresses (IPs or CIDR ranges).
 */
export type TrustProxy = false | number | string;

function isAddressOrRange(part: string): boolean {
  const [address = '', bits, ...rest] = part.split('/');
  if (rest.length > 0) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

function trustProxyOf(value: string): TrustProxy | undefined {
  const text = value.trim().toLowerCase();
  if (['false', '0', 'no', ''].includes(text)) return false;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const parts = text.split(',').map((p) => p.trim());
  return parts.every(isAddressOrRange) ? parts.join(',') : undefined;
}

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: DatabaseTarget;
  baseUrl: URL;
  /** Absent only outside production; main.ts then keeps a generated one in the data folder. */
  sessionSecret: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: (typeof logLevels)[number];
  demoData: boolean;
  trustProxy: TrustProxy;
  /** Off when a reverse proxy in front compresses the pages. */
  compression: boolean;
  /** Months after a resident's question ends before its personal data is anonymised. */
  questionsRetentionMonths: number;
  dataDir: string;
}

/** Thrown with one line that names the variable, so a bad start says exactly what to fix. */
export class ConfigError extends Error {}

export function parseDatabaseUrl(value: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('sqlite:')) {
    throw new ConfigError('Invalid configuration: DATABASE_URL must be a file path, a sqlite: URL or a postgres:// URL');
  }
  const file = value.replace(/^sqlite:(\/\/)?/, '');
  if (file === '') throw new ConfigError('Invalid configuration: DATABASE_URL names no SQLite file');
  return { kind: 'sqlite', file };
}

function dataDirOf(target: DatabaseTarget): string {
  if (target.kind === 'postgres' || target.file === ':memory:') return './data';
  const slash = target.file.lastIndexOf('/');
  return slash > 0 ? target.file.slice(0, slash) : '.';
}

const neededInProduction = {
  SESSION_SECRET: 'at least 32 random characters',
  SMTP_URL: 'mail for invitations and password reset',
  BASE_URL: 'links in e-mails point there',
} as const;

function requireForProduction(env: z.output<typeof envSchema>): void {
  for (const [name, why] of Object.entries(neededInProduction)) {
    if (env[name as keyof typeof neededInProduction] === undefined) {
      throw new ConfigError(`Invalid configuration: ${name} is required in production (${why})`);
    }
  }
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? 'is invalid'} (got "${String(env[name])}")`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production) requireForProduction(e);
  const database = parseDatabaseUrl(e.DATABASE_URL);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database,
    baseUrl: new URL(e.BASE_URL ?? `http://localhost:${e.PORT}`),
    sessionSecret: e.SESSION_SECRET,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    demoData: e.DEMO_DATA ?? !production,
    trustProxy: e.TRUST_PROXY,
    compression: e.COMPRESSION === 'on',
    questionsRetentionMonths: e.QUESTIONS_RETENTION_MONTHS,
    dataDir: dataDirOf(database),
  };
}
