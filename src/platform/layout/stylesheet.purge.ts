import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PurgeCSS } from 'purgecss';

/** The app's own sources (src/ under tsx, dist/ when compiled): every class a page can carry is named in them. */
const sourceRoot = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|js|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Classes that code puts together (`utrecht-button--${kind}-action`, `utrecht-heading-${level}`,
 * `utrecht-${type}`): the sources only hold their start, so their whole family is kept.
 */
const safelist = {
  standard: [
    /^utrecht-form-field--(checkbox|radio|text|textarea|select)$/,
    /^utrecht-form-label--(checkbox|radio)$/,
    /^utrecht-button--(primary|secondary)-action$/,
    /^utrecht-alert--(info|ok|warning|error)$/,
    /^utrecht-heading-[1-6]$/,
    // Checked and invalid show through :checked and aria-invalid: the --checked/--invalid classes are never set.
    /^utrecht-(checkbox|radio-button)(--html-input)?$/,
  ],
};

/** Words the sources hold: PurgeCSS keeps a rule when each class, id and element in it is one of them. */
const words = (content: string) => content.match(/[\w-]+/g) ?? [];

/**
 * The Utrecht rules the portal's sources use. `key` is known at once (the CSS and the
 * sources' text), so a cached result can be found before the slower purge runs.
 */
export function usedComponentCss(componentCss: string): { key: string; css: () => Promise<string> } {
  const raws = sourceFiles(sourceRoot).map((file) => readFileSync(file, 'utf8'));
  const hash = createHash('sha256').update(componentCss);
  for (const raw of raws) hash.update(raw);
  return {
    key: hash.digest('hex'),
    async css() {
      const [result] = await new PurgeCSS().purge({
        content: [{ raw: raws.join('\n'), extension: 'html' }],
        css: [{ raw: componentCss }],
        defaultExtractor: words,
        safelist,
        variables: true,
      });
      return result?.css ?? componentCss;
    },
  };
}
