import { describe, expect, it } from 'vitest';
import { seedRules, versionInForce } from './house-rules.rules.ts';

describe('the house-rule version in force on a date', () => {
  const version = (inForceFrom: string, adoptedAt: string, fee: number) => ({
    inForceFrom,
    adoptedAt,
    rules: { ...seedRules, oddJobFeeCents: fee },
  });
  const versions = [version('2026-03-01', '2026-02-20T10:00:00Z', 500), version('2025-01-01', '2025-01-01T10:00:00Z', 450)];

  it('is the latest that started on or before the day', () => {
    expect(versionInForce(versions, '2025-06-01')?.rules.oddJobFeeCents).toBe(450);
    expect(versionInForce(versions, '2026-02-28')?.rules.oddJobFeeCents).toBe(450);
    expect(versionInForce(versions, '2026-03-01')?.rules.oddJobFeeCents).toBe(500);
    expect(versionInForce(versions, '2030-01-01')?.rules.oddJobFeeCents).toBe(500);
  });
  it('is the later adopted of two starting on the same day, and the first before any', () => {
    const same = [...versions, version('2026-03-01', '2026-02-25T10:00:00Z', 550)];
    expect(versionInForce(same, '2026-03-01')?.rules.oddJobFeeCents).toBe(550);
    expect(versionInForce(same, '2024-01-01')?.rules.oddJobFeeCents).toBe(450);
    expect(versionInForce([], '2026-01-01')).toBeUndefined();
  });
});
