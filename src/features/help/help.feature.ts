import { readFileSync } from 'node:fs';
import { may } from '../../platform/auth/rights.rules.ts';
import { hasRole } from '../../platform/auth/roles.rules.ts';
import type { Feature } from '../../platform/feature.ts';
import { doneApi } from './api/done.api.ts';
import { matchingApi } from './api/matching.api.ts';
import { requestsApi } from './api/requests.api.ts';
import { volunteersApi } from './api/volunteers.api.ts';
import { seedDemoHelp } from './demo/help.demo.ts';
import { deskRoutes } from './desk/desk.routes.tsx';
import { feedbackRemindersJob } from './desk/reminders.job.ts';
import { requestRoutes } from './desk/request.routes.tsx';
import { askRoutes } from './intake/ask.routes.tsx';
import { deskNewRoutes } from './intake/desk-new.routes.tsx';
import { homeRoutes } from './intake/home.routes.tsx';
import { statusRoutes } from './intake/status.routes.tsx';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import * as helpCore from './migrations/20261123_1100_help_core.ts';
import * as helpPool from './migrations/20261201_1100_func_help_pool.ts';
import poolEn from './pool/messages.en.json' with { type: 'json' };
import poolNl from './pool/messages.nl.json' with { type: 'json' };
import { poolRoutes } from './pool/pool.routes.tsx';
import * as helpContact from './migrations/20261201_1100_front_help_contact.ts';
import * as houseRulesVersions from './migrations/20261201_1100_coop_house_rules_versions.ts';
import * as statusLinks from './migrations/20261202_0151_help_status_links.ts';
import * as vogKinds from './migrations/20261203_0142_help_vog_kinds.ts';
import * as vogValidity from './migrations/20261204_0300_help_vog_validity.ts';
import { proposalExpiryJob } from './proposals/expiry.job.ts';
import { proposalRoutes } from './proposals/proposal.routes.tsx';
import { helpProcessFigures } from './volunteers/figures.repository.ts';
import { neighbourIdsOf } from './matching/neighbours.repository.ts';
import { mineRoutes } from './volunteers/mine.routes.tsx';
import { profileRoutes } from './volunteers/profile.routes.tsx';
import { serviceRoutes } from './volunteers/service.routes.tsx';
import { teamRoutes } from './volunteers/team.routes.tsx';
// The tables join the one database type by module augmentation; importing the file keeps that visible.
import './help.tables.ts';
import './pool.tables.ts';

/** Capability C, neighbour help ("Oost helpt"): requests matched to volunteers nearby, under the cooperative's house rules. */
export const helpFeature: Feature = {
  name: 'help',
  messages: { nl: { ...nl, ...poolNl }, en: { ...en, ...poolEn } },
  migrations: {
    '20261123_1100_help_core': helpCore,
    '20261201_1100_coop_house_rules_versions': houseRulesVersions,
    '20261201_1100_front_help_contact': helpContact,
    '20261201_1100_func_help_pool': helpPool,
    '20261202_0151_help_status_links': statusLinks,
    '20261203_0142_help_vog_kinds': vogKinds,
    '20261204_0300_help_vog_validity': vogValidity,
  },
  routes(app, deps) {
    for (const routes of [
      homeRoutes,
      askRoutes,
      statusRoutes,
      deskRoutes,
      deskNewRoutes,
      requestRoutes,
      proposalRoutes,
      profileRoutes,
      mineRoutes,
      serviceRoutes,
      teamRoutes,
      poolRoutes,
      requestsApi,
      matchingApi,
      volunteersApi,
      doneApi,
    ])
      routes(app, deps);
  },
  demo: seedDemoHelp,
  jobs: (deps) => [feedbackRemindersJob(deps), proposalExpiryJob(deps)],
  nav: [
    { label: 'help.nav.help', href: (d) => `/${d.slug}/hulp` },
    {
      label: 'help.nav.desk',
      href: (d) => `/${d.slug}/hulp/balie`,
      visible: (user, d) => user !== null && may(user.roles, 'help.desk', { districtId: d.id }),
    },
    {
      label: 'help.nav.mine',
      href: (d) => `/${d.slug}/hulp/vrijwilliger`,
      visible: (user, d) => user !== null && hasRole(user.roles, ['volunteer'], { districtId: d.id }),
    },
  ],
  homeTasks: [{ label: 'help.task.ask', description: 'help.task.ask.description', href: (d) => `/${d.slug}/hulp/vragen` }],
  styles: readFileSync(new URL('./help.css', import.meta.url), 'utf8'),
  processFigures: helpProcessFigures,
  buurtNeighbours: async (db, buurtId) => [...(await neighbourIdsOf(db, buurtId))],
};
