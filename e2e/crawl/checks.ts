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

/**
 * Trade words and organisations' acronyms that residents should never meet unexplained
 * (issue 10.11). Acronyms are matched as written, trade words in any case and form.
 */
const tradeWords: readonly { word: string; pattern: RegExp }[] = [
  { word: 'HSDS', pattern: /\bHSDS\b/ },
  { word: 'DOCK', pattern: /\bDOCK\b/ },
  { word: 'NIZU', pattern: /\bNIZU\b/ },
  { word: 'Netwerkcheck', pattern: /\bnetwerkcheck/i },
  { word: 'opschalen', pattern: /\b(op|af)schal(en|ing)\b|\bopgeschaald|\bafgeschaald/i },
  { word: 'nulmeting', pattern: /\bnulmeting/i },
  { word: 'triage', pattern: /\btriage/i },
  { word: 'VOG', pattern: /\bVOG\b/ },
  { word: 'ALV', pattern: /\bALV\b/ },
  { word: 'MDO', pattern: /\bMDO\b/ },
  { word: 'regiegroep', pattern: /\bregiegroep/i },
  { word: 'wijkpact', pattern: /\bwijkpact/i },
  { word: 'kascommissie', pattern: /\bkascommissie/i },
];

/** Marks where an explained word starts and ends in the text. */
const MARK = '\u0001';

/**
 * The trade words whose first appearance on a resident page is not explained: inside
 * `<abbr title>`, `<dfn>` (with a title, or as the glossary's defining instance) or a glossary `Term` link (`wp-term`), followed by its
 * explanation in brackets — "DOCK (welzijnsorganisatie)" — or in brackets after its full words — "ledenvergadering (ALV)".
 */
export function unexplainedTradeWords(html: string): string[] {
  const body = (/<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html).replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ');
  // A glossary link holds an <abbr> itself: marked once, not twice.
  const marked = body
    .replace(/<(abbr|dfn)\b[^>]*\btitle="[^"]+"[^>]*>([\s\S]*?)<\/\1>/g, `${MARK}$2${MARK}`)
    // A <dfn> without a title is the defining instance (the glossary): its definition follows it.
    .replace(/<dfn\b[^>]*>([\s\S]*?)<\/dfn>/g, `${MARK}$1${MARK}`)
    .replace(/<a class="wp-term"[^>]*>([\s\S]*?)<\/a>/g, (_whole, inner: string) => `${MARK}${inner.replaceAll(MARK, '')}${MARK}`);
  const text = textOf(`<body>${marked}</body>`);
  return tradeWords.flatMap(({ word, pattern }) => {
    const found = pattern.exec(text);
    if (found === null) return [];
    const before = text.slice(0, found.index);
    const after = text.slice(found.index + found[0].length);
    const explained =
      (before.split(MARK).length - 1) % 2 === 1 ||
      /^\S*\s*\(/.test(after) ||
      // The full words first, the short form in brackets: "verklaring omtrent het gedrag (VOG)".
      (/\w\s*\(\s*$/.test(before) && /^\s*\)/.test(after));
    return explained ? [] : [`trade word "${word}" unexplained`];
  });
}
