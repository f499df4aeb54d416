import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { features } from './features/index.ts';
import { mergeCatalogs } from './platform/i18n/i18n.ts';
import { platformMessages } from './platform/i18n/messages.ts';

const catalogs = mergeCatalogs([platformMessages, ...features.map((f) => f.messages)]);
const pluralBase = (key: string) => key.replace(/\.(zero|one|two|few|many|other)$/, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('message catalogs', () => {
  it('have every Dutch text in English too, and nothing English-only', () => {
    const dutch = Object.keys(catalogs.nl).sort();
    const english = Object.keys(catalogs.en).sort();
    expect(english.filter((k) => !dutch.includes(k))).toEqual([]);
    expect(dutch.filter((k) => !english.includes(k))).toEqual([]);
  });

  it('have no empty texts', () => {
    for (const lang of ['nl', 'en'] as const) {
      expect(Object.entries(catalogs[lang]).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('contain every key the code names literally', () => {
    const known = new Set([...Object.keys(catalogs.nl), ...Object.keys(catalogs.nl).map(pluralBase)]);
    const code = (file: string) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
        .join('\n');
    const used = sourceFiles('src').flatMap((file) => [...code(file).matchAll(/\bt\(\s*'([a-z][\w.-]*)'/g)].map((m) => m[1] ?? ''));
    expect([...new Set(used)].filter((key) => !known.has(key))).toEqual([]);
  });
});
