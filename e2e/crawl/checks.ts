import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { textOf } from './html.ts';

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

/** Each finding of html-validate's standard preset as "rule (line:column): message". */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
}

/** Every key of every catalog in the source tree. */
function catalogKeys(dir: string): Set<string> {
  const keys = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/messages\.nl\.json$/.test(entry)) continue;
    for (const key of Object.keys(JSON.parse(readFileSync(join(dir, entry), 'utf8')) as object)) keys.add(key);
  }
  return keys;
}
const keys = catalogKeys('src');

/** A message placeholder left in (`{name}`), a catalog key shown instead of its text, a label saying twice it is optional. */
export function rawTextProblems(html: string): string[] {
  const text = textOf(html);
  const placeholders = [...text.matchAll(/\{\w+\}/g)].map((m) => `placeholder ${m[0]}`);
  const shownKeys = [...text.matchAll(/\b[a-z]\w*(?:\.\w+)+\b/g)].filter((m) => keys.has(m[0])).map((m) => `catalog key ${m[0]}`);
  const twiceOptional = /\((niet verplicht|optional)\)\s*\((niet verplicht|optional)\)/.test(text) ? ['"(niet verplicht)" twice'] : [];
  return [...new Set([...placeholders, ...shownKeys, ...twiceOptional])];
}

/** A way to reach a person: a phone link, or a contact block derived from the guide (`data-contact`). */
export function reachesPerson(html: string): boolean {
  return /href="tel:|\sdata-contact[\s=>]/.test(html);
}
