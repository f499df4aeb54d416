import { describe, expect, it } from 'vitest';
import { linkState } from './links.rules.ts';

const now = new Date('2026-11-23T10:00:00Z');

describe('linkState', () => {
  it('knows a valid, a used, an expired and an unknown link', () => {
    expect(linkState({ expiresAt: '2026-11-23T10:30:00Z', usedAt: null }, now)).toBe('valid');
    expect(linkState({ expiresAt: '2026-11-23T10:30:00Z', usedAt: '2026-11-23T09:59:00Z' }, now)).toBe('used');
    expect(linkState({ expiresAt: '2026-11-23T10:00:00Z', usedAt: null }, now)).toBe('expired');
    expect(linkState(undefined, now)).toBe('unknown');
  });
});
