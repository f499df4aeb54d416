import { transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import { usedComponentCss } from './stylesheet.purge.ts';
import { resolveCustomProperties } from './stylesheet.resolve.ts';

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

/** Built once per content and kept beside the dependencies, so a start or a test need not purge and compress again. */
const cacheDir = fileURLToPath(new URL('../../../node_modules/.cache/wijkportaal-css/', import.meta.url));

function cached(key: string): Stylesheet | null {
  try {
    const css = readFileSync(join(cacheDir, `${key}.css`), 'utf8');
    return {
      css,
      path: pathOf(css),
      gzip: readFileSync(join(cacheDir, `${key}.css.gz`)),
      brotli: readFileSync(join(cacheDir, `${key}.css.br`)),
    };
  } catch {
    return null;
  }
}

function keep(key: string, sheet: Stylesheet): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, `${key}.css.gz`), sheet.gzip);
    writeFileSync(join(cacheDir, `${key}.css.br`), sheet.brotli);
    writeFileSync(join(cacheDir, `${key}.css`), sheet.css);
  } catch {
    // A read-only install builds the stylesheet on every start: slower, not wrong.
  }
}

const pathOf = (css: string) => `/assets/wijkportaal.${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;

/**
 * Our own rules whole, and of the Utrecht components only the rules whose classes the
 * sources name (issue 16: about a tenth of them), with the tokens those need.
 */
export async function buildStylesheet(appCss: string): Promise<Stylesheet> {
  const componentCss = components.map((name) => read(`@utrecht/${name}-css/dist/index.min.css`)).join('\n');
  const own = appCss.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '');
  const used = usedComponentCss(componentCss);
  const key = createHash('sha256').update(used.key).update(own).digest('hex').slice(0, 24);
  const hit = cached(key);
  if (hit !== null) return hit;
  const purged = await used.css();
  // PurgeCSS writes its output spread out; esbuild makes it small again (nothing else changes),
  // then the tokens are put in place and esbuild minifies what that leaves.
  const minify = async (text: string) => (await transform(text, { loader: 'css', minify: true })).code.trim();
  const whole = await minify(`${subsetTokens(read('@utrecht/design-tokens/dist/root.css'), purged + own)}\n${purged}\n${own}`);
  const css = await minify(resolveCustomProperties(whole));
  const sheet = {
    css,
    path: pathOf(css),
    gzip: gzipSync(css, { level: 9 }),
    brotli: brotliCompressSync(css, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: css.length } }),
  };
  keep(key, sheet);
  return sheet;
}
