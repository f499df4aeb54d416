import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import type { Catalogs } from './i18n.ts';

export const platformMessages: Catalogs = { nl, en };
