import { readFileSync } from 'node:fs';
import type { Feature } from '../../platform/feature.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import { seedDemoGuide } from './guide.demo.ts';
import { detailRoutes } from './detail.routes.tsx';
import * as guideCore from './migrations/20261123_1000_guide_core.ts';
import * as guideModel from './migrations/20261123_1010_guide_model.ts';
import * as guideTaxonomy from './migrations/20261123_1015_guide_taxonomy.ts';
import * as guideSearch from './migrations/20261123_1020_guide_search.ts';
import { searchRoutes } from './search.routes.tsx';

/** Capability A, the neighbourhood guide: who and what is there, searchable, on paper, in open data. */
export const guideFeature: Feature = {
  name: 'guide',
  messages: { nl, en },
  migrations: {
    '20261123_1000_guide_core': guideCore,
    '20261123_1010_guide_model': guideModel,
    '20261123_1015_guide_taxonomy': guideTaxonomy,
    '20261123_1020_guide_search': guideSearch,
  },
  demo: seedDemoGuide,
  routes(app, deps) {
    searchRoutes(app, deps);
    detailRoutes(app, deps);
  },
  nav: [{ label: 'guide.nav', href: (district) => `/${district.slug}/gids` }],
  homeTasks: [{ label: 'guide.home.task', description: 'guide.home.task.description', href: (district) => `/${district.slug}/gids` }],
  styles: readFileSync(new URL('./guide.css', import.meta.url), 'utf8'),
};
