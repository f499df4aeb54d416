import { expect, it } from 'vitest';
import { maskTokens } from './logging.ts';

it('keeps secret link tokens out of the logs', () => {
  const token = 'Qm9vbXRha2pl_ZW4ta2F0LWVuLWVlbi12b2dlbC1zdGFhbg';
  expect(maskTokens(`/wachtwoord-herstellen/${token}`)).toBe('/wachtwoord-herstellen/[token]');
  expect(maskTokens(`/status/${token}?x=1`)).toBe('/status/[token]?x=1');
  expect(maskTokens('/oost/buurten/lodewijk-napoleonplantsoen')).toBe('/oost/buurten/lodewijk-napoleonplantsoen');
});
