import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

type Values = Record<string, string | string[]>;

/** Puts a NUL byte into one field: in the middle of a text, after the first item of a list. */
function withNul(values: Values, field: string): Values {
  const value = values[field];
  const poisoned = Array.isArray(value)
    ? [`${value[0] ?? ''}\u0000`, ...value.slice(1)]
    : `${(value ?? '').slice(0, 2)}\u0000${(value ?? '').slice(2)}`;
  return { ...values, [field]: poisoned };
}

/**
 * Sends a valid submission once per field with a NUL byte in that field: each answer must be
 * a clear refusal (400 or 422, never a 500) that stores nothing. Then the valid submission
 * itself must go through, so the refusals were the NUL's doing and not another field's.
 */
export async function expectEveryFieldRefusesNul(options: {
  valid: Values;
  send: (values: Values) => Promise<LightMyRequestResponse>;
  stored: () => Promise<number>;
}): Promise<void> {
  const before = await options.stored();
  for (const field of Object.keys(options.valid)) {
    const answer = await options.send(withNul(options.valid, field));
    expect([400, 422], `${field}: ${answer.statusCode}`).toContain(answer.statusCode);
    expect(await options.stored(), field).toBe(before);
  }
  const accepted = await options.send(options.valid);
  expect(accepted.statusCode, accepted.body.slice(0, 300)).toBeLessThan(400);
  expect(await options.stored()).toBe(before + 1);
}
