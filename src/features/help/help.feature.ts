import { readFileSync } from 'node:fs';
import { hasRole } from '../../platform/auth/roles.rules.ts';
import type { Feature } from '../../platform/feature.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import { deskRequestRoutes, deskRoutes } from './desk.routes.tsx';
import { helpProcessFigures } from './figures.repository.ts';
import { seedDemoHelp } from './help.demo.ts';
import { helpJobs } from './help.jobs.ts';
import * as helpCore from './migrations/20261123_1100_help_core.ts';
// The tables join the one database type by module augmentation; importing the file keeps that visible.
import './help.tables.ts';
import { proposalRoutes } from './proposal.routes.tsx';
import { publicRoutes } from './public.routes.tsx';
import { requestsApi } from './requests.api.ts';
import { rulesAdminRoutes, teamRoutes } from './team.routes.tsx';
import { volunteerRoutes } from './volunteer.routes.tsx';
import { volunteersApi } from './volunteers.api.ts';

/** Capability C, neighbour help ("Oost helpt"): requests matched to volunteers nearby, under the cooperative's house rules. */
export const helpFeature: Feature = {
  name: 'help',
  messages: { nl, en },
  migrations: { '20261123_1100_help_core': helpCore },
  routes(app, deps) {
    publicRoutes(app, deps);
    deskRoutes(app, deps);
    deskRequestRoutes(app, deps);
    proposalRoutes(app, deps);
    volunteerRoutes(app, deps);
    teamRoutes(app, deps);
    rulesAdminRoutes(app, deps);
    requestsApi(app, deps);
    volunteersApi(app, deps);
  },
  demo: seedDemoHelp,
  jobs: helpJobs,
  nav: [
    { label: 'help.nav.help', href: (d) => `/${d.slug}/hulp` },
    {
      label: 'help.nav.desk',
      href: (d) => `/${d.slug}/hulp/balie`,
      visible: (user, d) => user !== null && hasRole(user.roles, ['coordinator'], { districtId: d.id }),
    },
    {
      label: 'help.nav.mine',
      href: (d) => `/${d.slug}/hulp/vrijwilliger`,
      visible: (user, d) => user !== null && hasRole(user.roles, ['volunteer'], { districtId: d.id }),
    },
    {
      label: 'help.nav.rules',
      href: (d) => `/${d.slug}/beheer/spelregels`,
      visible: (user, d) => user !== null && hasRole(user.roles, ['administrator'], { districtId: d.id }),
    },
  ],
  homeTasks: [{ label: 'help.task.ask', description: 'help.task.ask.description', href: (d) => `/${d.slug}/hulp/vragen` }],
  styles: readFileSync(new URL('./help.css', import.meta.url), 'utf8'),
  processFigures: helpProcessFigures,
};
