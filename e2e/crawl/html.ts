/**
 * Small readers of server-rendered HTML, so the crawl can check a page without rendering it.
 * The app's HTML is regular (one renderer, attributes always double-quoted), which is what
 * these rely on.
 */

export interface FormField {
  tag: 'input' | 'select' | 'textarea';
  type: string;
  name: string;
  value: string;
  maxLength: number | undefined;
}

export interface Form {
  method: string;
  /** The address the form posts to, resolved against the page. */
  action: string;
  fields: FormField[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };

export function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_whole, name: string) => entities[name] ?? '');
}

export function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)) found[(m[1] ?? '').toLowerCase()] = decode(m[2] ?? '');
  return found;
}

/** Every link to this site on the page, as a path. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href="(\/[^"]*)"/g)].map((m) => decode(m[1] ?? '').replace(/#.*$/, ''));
}

/** The kinds of elements on the page (`tag.class`), so a page with other parts is checked again. */
export function skeletonOf(html: string): string {
  const kinds = [...html.matchAll(/<([a-z][\w-]*)(\s[^>]*)?>/g)].map((m) => `${m[1]}.${attributes(m[2] ?? '').class ?? ''}`);
  return [...new Set(kinds)].sort().join(' ');
}

/** The words a reader sees: the body without tags, scripts and styles. */
export function textOf(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return decode(
    body
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' '),
  );
}

export function formsOf(html: string, pagePath: string): Form[] {
  return [...html.matchAll(/<form(\s[^>]*)?>([\s\S]*?)<\/form>/g)].map((m) => {
    const form = attributes(m[1] ?? '');
    const inner = m[2] ?? '';
    return {
      method: (form.method ?? 'get').toLowerCase(),
      action: new URL(form.action ?? '', `http://x${pagePath}`).pathname,
      fields: fieldsOf(inner),
    };
  });
}

const buttons = new Set(['submit', 'button', 'image', 'reset']);

/** One control as a field, or nothing for buttons, disabled and nameless controls. */
function fieldOf(m: RegExpMatchArray): FormField | undefined {
  const tag = m[1] as FormField['tag'];
  const a = attributes(m[2] ?? '');
  const type = tag === 'input' ? (a.type ?? 'text') : tag;
  if (a.name === undefined || 'disabled' in a || buttons.has(type)) return undefined;
  return {
    tag,
    type,
    name: a.name,
    value: tag === 'textarea' ? decode(m[3] ?? '') : (a.value ?? ''),
    maxLength: a.maxlength === undefined ? undefined : Number(a.maxlength),
  };
}

function fieldsOf(inner: string): FormField[] {
  const byName = new Map<string, FormField>();
  for (const m of inner.matchAll(/<(input|select|textarea)(\s[^>]*)?>(?:([\s\S]*?)<\/\1>)?/g)) {
    const field = fieldOf(m);
    if (field === undefined) continue;
    // A group of radios or checkboxes is one field: its first control stands for it.
    if (!byName.has(field.name)) byName.set(field.name, field);
  }
  return [...byName.values()];
}
