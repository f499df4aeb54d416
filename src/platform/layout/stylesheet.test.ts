import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildStylesheet, subsetTokens } from './stylesheet.ts';

/** Our own CSS as the app bundles it: the layout's, then every feature's. */
function appCss(): string {
  const src = fileURLToPath(new URL('../../', import.meta.url));
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .sort((a, b) => Number(b.endsWith('wijkportaal.css')) - Number(a.endsWith('wijkportaal.css')));
  return files.map((file) => readFileSync(src + file, 'utf8')).join('\n');
}

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
    // The token is put in place: no var() of it, no declaration left.
    expect(sheet.css).toMatch(/\.wp-own\{color:#[0-9a-f]+\}/);
    expect(sheet.css).not.toContain('--utrecht-color-red-40');
    expect(sheet.gzip.length).toBeLessThan(sheet.css.length / 3);
  });

  it('keeps the whole stylesheet within the budget of 10 kB gzip (issue 16)', async () => {
    const sheet = await buildStylesheet(appCss());
    expect(sheet.css).toContain('.wp-main');
    expect(sheet.gzip.length).toBeLessThanOrEqual(10_240);
    expect(sheet.brotli.length).toBeLessThan(sheet.gzip.length);
  });
});
