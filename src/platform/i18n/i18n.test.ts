import { describe, expect, it } from 'vitest';
import { createTranslator, formatDate, formatDateTime, mergeCatalogs } from './i18n.ts';

const catalogs = mergeCatalogs([
  {
    nl: { hello: 'Hallo {name}', 'items.one': '{count} ding', 'items.other': '{count} dingen', onlyDutch: 'Alleen Nederlands' },
    en: { hello: 'Hello {name}', 'items.one': '{count} thing', 'items.other': '{count} things' },
  },
]);

describe('createTranslator', () => {
  it('interpolates parameters', () => {
    expect(createTranslator(catalogs, 'nl')('hello', { name: 'Anja' })).toBe('Hallo Anja');
    expect(createTranslator(catalogs, 'en')('hello', { name: 'Anja' })).toBe('Hello Anja');
  });

  it('picks plural forms', () => {
    const t = createTranslator(catalogs, 'nl');
    expect(t('items', { count: 1 })).toBe('1 ding');
    expect(t('items', { count: 3 })).toBe('3 dingen');
  });

  it('falls back to Dutch, then to the key', () => {
    const t = createTranslator(catalogs, 'en');
    expect(t('onlyDutch')).toBe('Alleen Nederlands');
    expect(t('missing.key')).toBe('missing.key');
  });

  it('refuses a key defined twice', () => {
    expect(() =>
      mergeCatalogs([
        { nl: { a: '1' }, en: {} },
        { nl: { a: '2' }, en: {} },
      ]),
    ).toThrow(/defined twice: a/);
  });
});

describe('dates', () => {
  it('formats in Amsterdam time, across daylight saving', () => {
    expect(formatDateTime('2026-03-29T00:30:00Z', 'nl')).toBe('29 maart 2026 om 01:30');
    expect(formatDateTime('2026-03-29T01:30:00Z', 'nl')).toBe('29 maart 2026 om 03:30');
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2026');
  });
});
