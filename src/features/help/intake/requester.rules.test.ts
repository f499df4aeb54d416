import { describe, expect, it } from 'vitest';
import { normalizePhone, requesterKeys, streetName } from './requester.rules.ts';

describe('who "this requester" is (seed 004, "in principe één dienst per keer")', () => {
  it('writes one Dutch number one way however it was typed', () => {
    expect(normalizePhone('06-1234 5678')).toBe('0612345678');
    expect(normalizePhone('+31 6 12345678')).toBe('0612345678');
    expect(normalizePhone('0031612345678')).toBe('0612345678');
  });

  it('knows a requester by phone, e-mail and name at address', () => {
    expect(requesterKeys({ name: 'Mevrouw Jansen', phone: '06 1234 5678', email: 'A@Example.nl', street: 'Kastanjelaan 12' })).toEqual([
      'tel:0612345678',
      'mail:a@example.nl',
      'addr:kastanjelaan 12:mevrouw jansen',
    ]);
    expect(requesterKeys({ name: 'X', phone: null, email: null, street: null })).toEqual([]);
  });

  it('compares streets without house numbers and accents', () => {
    expect(streetName('Van Ostadestraat 12 bis')).toBe('van ostadestraat');
    expect(streetName('Prins Hendriklaan')).toBe('prins hendriklaan');
    expect(streetName('Kruisstraat 3')).toBe(streetName('kruisstraat'));
  });
});
