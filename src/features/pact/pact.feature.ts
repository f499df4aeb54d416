import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import type { AppDeps, Feature } from '../../platform/feature.ts';
import { agendaApi } from './agenda/agenda.api.ts';
import { seedDemoAgenda } from './agenda/agenda.demo.ts';
import { agendaRoutes } from './agenda/agenda.routes.tsx';
import { projectsApi } from './agenda/projects.api.ts';
import { projectRoutes } from './agenda/project.routes.tsx';
import { bottlenecksApi } from './bottlenecks/bottlenecks.api.ts';
import { seedDemoBottlenecks } from './bottlenecks/bottlenecks.demo.ts';
import { bottlenecksRoutes } from './bottlenecks/bottlenecks.routes.tsx';
import { hubRoutes } from './hub/hub.routes.tsx';
import { calendarRoutes } from './meetings/calendar.routes.ts';
import { meetingRecordsApi } from './meetings/meeting-records.api.ts';
import { meetingRoutes } from './meetings/meeting.routes.tsx';
import { meetingsApi } from './meetings/meetings.api.ts';
import { seedDemoMeetings } from './meetings/meetings.demo.ts';
import { meetingsRoutes } from './meetings/meetings.routes.tsx';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import * as pactCore from './migrations/20261123_1300_pact_core.ts';
import * as pactFollowUp from './migrations/20261123_1301_pact_follow_up.ts';
import * as modelProgrammes from './migrations/20261201_1300_model_programmes.ts';
import * as programmesVersion from './migrations/20261206_0340_perf_programmes_version.ts';
import { indicatorRoutes } from './monitoring/indicator.routes.tsx';
import { monitoringApi } from './monitoring/monitoring.api.ts';
import { seedDemoMonitoring } from './monitoring/monitoring.demo.ts';
import { pactProcessFigures } from './monitoring/process-figures.repository.ts';
import { resultsRoutes } from './monitoring/results.routes.tsx';
import './pact.tables.ts';
import programmesEn from './programmes/messages.en.json' with { type: 'json' };
import programmesNl from './programmes/messages.nl.json' with { type: 'json' };
import { seedDemoProgrammes } from './programmes/programmes.demo.ts';
import './programmes/programmes.tables.ts';
import monitoringEn from './monitoring/messages.en.json' with { type: 'json' };
import monitoringNl from './monitoring/messages.nl.json' with { type: 'json' };
import periodsEn from './periods/messages.en.json' with { type: 'json' };
import periodsNl from './periods/messages.nl.json' with { type: 'json' };
import { seedDemoPeriods } from './periods/periods.demo.ts';
import { periodsRoutes } from './periods/periods.routes.tsx';
import { joinApi } from './partners/join.api.ts';
import { joinRoutes } from './partners/join.routes.tsx';
import { partnersApi } from './partners/partners.api.ts';
import { seedDemoPartners } from './partners/partners.demo.ts';
import { partnersRoutes } from './partners/partners.routes.tsx';
import { settingsRoutes } from './settings/settings.routes.tsx';
import { steeringApi } from './steering/steering.api.ts';
import { seedDemoSteering } from './steering/steering.demo.ts';
import { steeringRoutes } from './steering/steering.routes.tsx';
import { tijwApi } from './tijw/tijw.api.ts';
import { seedDemoTijw } from './tijw/tijw.demo.ts';
import { tijwRoutes } from './tijw/tijw.routes.tsx';

/** Every page and API route of the pact, capability by capability. */
const capabilities = [
  hubRoutes,
  settingsRoutes,
  partnersRoutes,
  joinRoutes,
  joinApi,
  partnersApi,
  steeringRoutes,
  steeringApi,
  periodsRoutes,
  meetingsRoutes,
  meetingRoutes,
  calendarRoutes,
  meetingRecordsApi,
  meetingsApi,
  agendaRoutes,
  projectRoutes,
  projectsApi,
  agendaApi,
  bottlenecksRoutes,
  bottlenecksApi,
  tijwRoutes,
  tijwApi,
  resultsRoutes,
  indicatorRoutes,
  monitoringApi,
];

/** A living pact from the seeds: Oost's wijkpact (seeds 000, 001) and the four Thuis in je Wijk districts (seed 003). */
async function seedDemoPact(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const context = await seedDemoPartners(db, deps.clock);
  for (const seed of [
    seedDemoProgrammes,
    seedDemoSteering,
    seedDemoMeetings,
    seedDemoAgenda,
    seedDemoBottlenecks,
    seedDemoTijw,
    seedDemoMonitoring,
    seedDemoPeriods,
  ])
    await seed(context);
}

/** Capabilities D and E: working as one in the district's pact, and its measured results. */
export const pactFeature: Feature = {
  name: 'pact',
  messages: {
    nl: { ...nl, ...programmesNl, ...periodsNl, ...monitoringNl },
    en: { ...en, ...programmesEn, ...periodsEn, ...monitoringEn },
  },
  migrations: {
    '20261123_1300_pact_core': pactCore,
    '20261123_1301_pact_follow_up': pactFollowUp,
    '20261201_1300_model_programmes': modelProgrammes,
    '20261206_0340_perf_programmes_version': programmesVersion,
  },
  routes: (app: FastifyInstance, deps: AppDeps) => {
    for (const register of capabilities) register(app, deps);
  },
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
