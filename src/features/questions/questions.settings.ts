import { z } from 'zod';
import { ConfigError } from '../../platform/config/config.ts';
import { DEFAULT_RETENTION_MONTHS } from './questions.rules.ts';

const schema = z.coerce.number().int().min(1).max(120).default(DEFAULT_RETENTION_MONTHS);

/**
 * QUESTIONS_RETENTION_MONTHS: months after a question ends before its personal data is
 * anonymised. Read when the jobs are made at start, so a bad value stops the start.
 */
export function retentionMonths(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.QUESTIONS_RETENTION_MONTHS;
  const parsed = schema.safeParse(raw === '' ? undefined : raw);
  if (!parsed.success)
    throw new ConfigError(
      `Invalid configuration: QUESTIONS_RETENTION_MONTHS must be a whole number of months from 1 to 120 (got "${raw ?? ''}")`,
    );
  return parsed.data;
}
