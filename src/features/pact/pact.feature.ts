import { readFileSync } from 'node:fs';
import type { Feature } from '../../platform/feature.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import * as pactCore from './migrations/20261123_1300_pact_core.ts';
import * as pactFollowUp from './migrations/20261123_1301_pact_follow_up.ts';
import { seedDemoPact } from './pact.demo.ts';
import { pactRoutes } from './pact.routes.tsx';
import './pact.tables.ts';
import { pactProcessFigures } from './process-figures.ts';

/** Capabilities D and E: working as one in the district's pact, and its measured results. */
export const pactFeature: Feature = {
  name: 'pact',
  messages: { nl, en },
  migrations: { '20261123_1300_pact_core': pactCore, '20261123_1301_pact_follow_up': pactFollowUp },
  routes: pactRoutes,
  demo: seedDemoPact,
  nav: [
    { label: 'pact.nav.pact', href: (d) => `/${d.slug}/samenwerken` },
    { label: 'pact.nav.results', href: (d) => `/${d.slug}/resultaten` },
  ],
  headLinks: [
    { rel: 'alternate', type: 'text/calendar', href: (d) => `/${d.slug}/samenwerken/bijeenkomsten.ics`, title: 'pact.feed.title' },
  ],
  processFigures: pactProcessFigures,
  styles: readFileSync(new URL('./pact.css', import.meta.url), 'utf8'),
};
