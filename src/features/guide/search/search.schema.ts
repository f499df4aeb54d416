import { z } from 'zod';
import { checkbox, choice, integer, list, optionalChoice, optionalText } from '../../../platform/http/fields.ts';

/** The one search box and its filters; filters that name unknown things are checked against the vocabulary. */
export const searchQuery = z.object({
  q: optionalText(200, { tooLong: 'guide.search.tooLong' }),
  buurt: optionalText(80),
  thema: optionalText(80),
  voorwie: optionalText(80),
  gratis: checkbox,
  open: optionalChoice(['nu']),
  toegankelijk: list(choice(['lichamelijk', 'financieel', 'welkom'] as const), 3),
  soort: optionalChoice(['aanbod', 'plekken', 'organisaties']),
  pagina: integer(1, 500).optional().default(1),
});
export type SearchQuery = z.output<typeof searchQuery>;
