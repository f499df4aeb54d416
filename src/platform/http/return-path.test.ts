import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.ts';

describe('safeReturnPath', () => {
  it('keeps local paths and refuses everything else', () => {
    expect(safeReturnPath('/oost/gids?q=fiets')).toBe('/oost/gids?q=fiets');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil', 42, undefined]) expect(safeReturnPath(bad)).toBe('/');
  });

  it('keeps a path on this site', () => {
    expect(safeReturnPath('/oost/gids?q=fiets')).toBe('/oost/gids?q=fiets');
    expect(safeReturnPath('/oost/gids?q=łódź')).toBe('/oost/gids?q=%C5%82%C3%B3d%C5%BA');
  });

  it('never leaves the site, whatever a browser would strip or turn around', () => {
    const bad = [
      '//evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      ' /oost',
      '/oost\u0000',
      '',
      `/${'a'.repeat(600)}`,
      42,
      undefined,
    ];
    for (const value of bad) expect(safeReturnPath(value)).toBe('/');
  });
});
