import { readFileSync } from 'node:fs';
import type { Feature } from '../../platform/feature.ts';
import { glossaryRoutes } from './glossary/glossary.routes.tsx';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };

/**
 * The common language of seed 000 annex II: the glossary of key terms and trade words
 * (`/{district}/begrippen`, linked from `<Term>` on staff pages) and the core questions
 * that structure a recorded conversation with a resident.
 */
export const commonLanguageFeature: Feature = {
  name: 'common-language',
  messages: { nl, en },
  routes(app) {
    glossaryRoutes(app);
  },
  styles: readFileSync(new URL('./common-language.css', import.meta.url), 'utf8'),
};
