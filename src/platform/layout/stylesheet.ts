import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/**
 * The Utrecht components the portal uses. Only these are shipped, with only the design
 * tokens they reference, to keep a page with its CSS small on a slow phone (ADR 0003).
 */
const components = [
  'root',
  'document',
  'surface',
  'page-header',
  'page-body',
  'page-footer',
  'page-content',
  'skip-link',
  'nav-bar',
  'nav-list',
  'heading-1',
  'heading-2',
  'heading-3',
  'heading-4',
  'paragraph',
  'link',
  'link-list',
  'unordered-list',
  'ordered-list',
  'button',
  'button-group',
  'link-button',
  'form-field',
  'form-label',
  'form-fieldset',
  'form-field-description',
  'form-field-error-message',
  'textbox',
  'textarea',
  'select',
  'checkbox',
  'radio-button',
  'alert',
  'table',
  'data-list',
  'status-badge',
  'breadcrumb-nav',
  'pagination',
  'separator',
] as const;

function read(specifier: string): string {
  return readFileSync(require.resolve(specifier), 'utf8');
}

const declaration = /^\s*(--[\w-]+)\s*:\s*(.+?);/;
const reference = /var\(\s*(--[\w-]+)/g;

function referencedVariables(css: string): string[] {
  return [...css.matchAll(reference)].map((m) => m[1] ?? '');
}

/** Keeps the token declarations the CSS needs, following tokens that refer to tokens. */
export function subsetTokens(tokensCss: string, usedBy: string): string {
  const tokens = new Map<string, string>();
  for (const line of tokensCss.split('\n')) {
    const match = declaration.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) tokens.set(match[1], match[2]);
  }
  const needed = new Set<string>();
  const queue = referencedVariables(usedBy);
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const value = tokens.get(name);
    if (value === undefined || needed.has(name)) continue;
    needed.add(name);
    queue.push(...referencedVariables(value));
  }
  const body = [...tokens].filter(([name]) => needed.has(name)).map(([name, value]) => `${name}:${value}`);
  return `:root{${body.join(';')}}`;
}

export interface Stylesheet {
  css: string;
  path: string;
  gzip: Buffer;
  brotli: Buffer;
}

export function buildStylesheet(appCss: string): Stylesheet {
  const componentCss = components.map((name) => read(`@utrecht/${name}-css/dist/index.min.css`)).join('\n');
  const own = appCss.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '');
  const css = `${subsetTokens(read('@utrecht/design-tokens/dist/root.css'), componentCss + own)}\n${componentCss}\n${own}`;
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 12);
  return { css, path: `/assets/wijkportaal.${hash}.css`, gzip: gzipSync(css, { level: 9 }), brotli: brotliCompressSync(css) };
}
