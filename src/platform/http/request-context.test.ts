import { describe, expect, it } from 'vitest';
import { currentHref } from './request-context.ts';

describe('currentHref', () => {
  const menu = ['/oost', '/oost/buurten', '/oost/hulp', '/oost/hulp/balie'];

  it('marks the exact item, or the deepest one the page lies under', () => {
    expect(currentHref('/oost', menu, '/oost')).toBe('/oost');
    expect(currentHref('/oost/hulp/balie/12', menu, '/oost')).toBe('/oost/hulp/balie');
    expect(currentHref('/oost/hulp/vragen', menu, '/oost')).toBe('/oost/hulp');
    expect(currentHref('/oost/buurten/sterrenwijk?x=1', menu, '/oost')).toBe('/oost/buurten');
  });

  it('lets the start page count only for itself, and not match a longer word', () => {
    expect(currentHref('/oost/gids', menu, '/oost')).toBeUndefined();
    expect(currentHref('/oost/hulpverlening', menu, '/oost')).toBeUndefined();
  });
});
