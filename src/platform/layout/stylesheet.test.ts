import { describe, expect, it } from 'vitest';
import { buildStylesheet, subsetTokens } from './stylesheet.ts';

describe('subsetTokens', () => {
  it('keeps only the tokens used, following references', () => {
    const tokens = ':root {\n  --a: var(--b);\n  --b: red; /* rood */\n  --c: blue;\n}';
    expect(subsetTokens(tokens, '.x{color:var(--a)}')).toBe(':root{--a:var(--b);--b:red}');
  });
});

describe('buildStylesheet', () => {
  it('bundles the Utrecht rules the sources use with our own rules under a content hash', async () => {
    const sheet = await buildStylesheet('.wp-own { color: var(--utrecht-color-red-40); }');
    expect(sheet.path).toMatch(/^\/assets\/wijkportaal\.[0-9a-f]{12}\.css$/);
    expect(sheet.css).toContain('.utrecht-button');
    expect(sheet.css).toContain('.wp-own');
    // No page names the separator: its rules are not shipped.
    expect(sheet.css).not.toContain('.utrecht-separator');
    expect(sheet.css).toContain('--utrecht-color-red-40:');
    expect(sheet.gzip.length).toBeLessThan(sheet.css.length / 3);
  });
});
