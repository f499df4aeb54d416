import { readFileSync } from 'node:fs';
import { editableOrganizations } from './model/entries.rules.ts';
import type { RoleAssignment } from '../../platform/auth/roles.rules.ts';
import type { Feature } from '../../platform/feature.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import { seedDemoGuide } from './demo/guide.demo.ts';
import { detailRoutes } from './entries/detail.routes.tsx';
import * as guideCore from './migrations/20261123_1000_guide_core.ts';
import * as guideModel from './migrations/20261123_1010_guide_model.ts';
import * as guideTaxonomy from './migrations/20261123_1015_guide_taxonomy.ts';
import * as guideSearch from './migrations/20261123_1020_guide_search.ts';
import { searchRoutes } from './search/search.routes.tsx';
import { editKit } from './edit/edit.access.ts';
import { partRoutes } from './edit/edit.parts.routes.tsx';
import { placeEditRoutes } from './edit/edit.places.routes.tsx';
import { organizationEditRoutes } from './edit/edit.routes.tsx';
import { manageRoutes } from './edit/manage.routes.tsx';
import { placesAssessed } from './assessments/assessments.repository.ts';
import { reminderJob } from './reminders/reminders.job.ts';
import { hsdsRoutes } from './hsds/hsds.routes.tsx';
import { hsdsApi } from './hsds/hsds.api.ts';
import { paperRoutes } from './paper/paper.routes.ts';
import { kioskRoutes } from './kiosk/kiosk.routes.ts';

function canManage(roles: readonly RoleAssignment[], districtId: string): boolean {
  const allowed = editableOrganizations(roles, districtId);
  return allowed === 'all' || allowed.length > 0;
}

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
  jobs: (deps) => [reminderJob(deps)],
  routes(app, deps) {
    searchRoutes(app, deps);
    detailRoutes(app, deps);
    const kit = editKit(deps.database.db, deps.clock);
    const organization = organizationEditRoutes(app, deps, kit);
    partRoutes(app, deps, kit, { organization, ...placeEditRoutes(app, deps, kit) });
    manageRoutes(app, deps);
    hsdsRoutes(app, deps);
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
      visible: (user, district) => user !== null && canManage(user.roles, district.id),
    },
  ],
  homeTasks: [{ label: 'guide.home.task', description: 'guide.home.task.description', href: (district) => `/${district.slug}/gids` }],
  styles: readFileSync(new URL('./guide.css', import.meta.url), 'utf8'),
};
