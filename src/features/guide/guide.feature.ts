import { readFileSync } from 'node:fs';
import type { Feature } from '../../platform/feature.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import walkInEn from './contact-point/messages.en.json' with { type: 'json' };
import walkInNl from './contact-point/messages.nl.json' with { type: 'json' };
import kioskEn from './kiosk/messages.en.json' with { type: 'json' };
import kioskNl from './kiosk/messages.nl.json' with { type: 'json' };
import synonymsEn from './synonyms/messages.en.json' with { type: 'json' };
import synonymsNl from './synonyms/messages.nl.json' with { type: 'json' };
import * as guideCore from './migrations/20261123_1000_guide_core.ts';
import * as guideModel from './migrations/20261123_1010_guide_model.ts';
import * as guideTaxonomy from './migrations/20261123_1015_guide_taxonomy.ts';
import * as guideSearch from './migrations/20261123_1020_guide_search.ts';
import * as guideSearchRank from './migrations/20261201_1030_perf_guide_search_rank.ts';
import * as contactPoint from './migrations/20261201_1030_front_contact_point.ts';
import * as themeSynonyms from './migrations/20261202_0150_guide_theme_synonyms.ts';
import * as searchPrefix from './migrations/20261204_0100_perf_guide_search_prefix.ts';
import * as searchScoped from './migrations/20261205_0100_perf_guide_search_scoped.ts';
import * as searchNameTokens from './migrations/20261205_0110_perf_guide_search_name_tokens.ts';
import { assessRoutes } from './assessments/assess.routes.tsx';
import { placesAssessed } from './assessments/assessments.repository.ts';
import { expertRoutes } from './assessments/experts.routes.tsx';
import { seedDemoGuide } from './demo/guide.demo.ts';
import { entryRoutes } from './edit/entry.routes.tsx';
import { manageRoutes } from './edit/manage.routes.tsx';
import { partRoutes } from './edit/parts.routes.tsx';
import { detailRoutes } from './entries/detail.routes.tsx';
import { hsdsApi } from './hsds/hsds.api.ts';
import { exportRoutes } from './hsds/export.routes.ts';
import { importRoutes } from './hsds/import.routes.tsx';
import { kioskRoutes } from './kiosk/kiosk.routes.ts';
import { canManageGuide } from './model/entries.rules.ts';
import { paperRoutes } from './paper/paper.routes.ts';
import { reminderJob } from './reminders/reminders.job.ts';
import { buurtRoutes } from './search/buurt.routes.tsx';
import { searchRoutes } from './search/search.routes.tsx';
import { synonymRoutes } from './synonyms/synonyms.routes.tsx';

/** Capability A, the neighbourhood guide: who and what is there, searchable, on paper, in open data. */
export const guideFeature: Feature = {
  name: 'guide',
  messages: { nl: { ...nl, ...walkInNl, ...kioskNl, ...synonymsNl }, en: { ...en, ...walkInEn, ...kioskEn, ...synonymsEn } },
  migrations: {
    '20261123_1000_guide_core': guideCore,
    '20261123_1010_guide_model': guideModel,
    '20261123_1015_guide_taxonomy': guideTaxonomy,
    '20261123_1020_guide_search': guideSearch,
    '20261201_1030_perf_guide_search_rank': guideSearchRank,
    '20261201_1030_front_contact_point': contactPoint,
    '20261202_0150_guide_theme_synonyms': themeSynonyms,
    '20261204_0100_perf_guide_search_prefix': searchPrefix,
    '20261205_0100_perf_guide_search_scoped': searchScoped,
    '20261205_0110_perf_guide_search_name_tokens': searchNameTokens,
  },
  demo: seedDemoGuide,
  jobs: (deps) => [reminderJob(deps)],
  routes(app, deps) {
    searchRoutes(app, deps);
    detailRoutes(app, deps);
    buurtRoutes(app, deps);
    entryRoutes(app, deps);
    partRoutes(app, deps);
    manageRoutes(app, deps);
    assessRoutes(app, deps);
    expertRoutes(app, deps);
    synonymRoutes(app, deps);
    exportRoutes(app, deps);
    importRoutes(app, deps);
    hsdsApi(app, deps);
    paperRoutes(app, deps);
    kioskRoutes(app, deps);
  },
  async processFigures(db, { districtId, year }) {
    const assessed = await placesAssessed(db, districtId, year);
    return [
      {
        key: 'guide.placesAssessed',
        label: 'guide.figure.placesAssessed',
        unit: 'count',
        value: assessed.total,
        byMonth: assessed.byMonth,
      },
    ];
  },
  nav: [
    { label: 'guide.nav', href: (district) => `/${district.slug}/gids` },
    {
      label: 'guide.manage.nav',
      href: (district) => `/${district.slug}/gids/beheer`,
      visible: (user, district) => user !== null && canManageGuide(user.roles, district.id),
    },
  ],
  homeTasks: [{ label: 'guide.home.task', description: 'guide.home.task.description', href: (district) => `/${district.slug}/gids` }],
  styles: readFileSync(new URL('./guide.css', import.meta.url), 'utf8'),
};
