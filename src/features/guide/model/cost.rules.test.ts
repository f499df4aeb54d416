import { describe, expect, it } from 'vitest';
import { centsOf, euros } from './cost.rules.ts';

describe('money', () => {
  it('reads and writes amounts in euros', () => {
    expect(centsOf('4,50')).toBe(450);
    expect(centsOf('€ 12')).toBe(1200);
    expect(centsOf('4.5')).toBe(450);
    expect(centsOf('vier')).toBeNull();
    expect(euros(450)).toBe('€ 4,50');
  });
});
