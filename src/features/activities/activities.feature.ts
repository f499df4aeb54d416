import { whatsOnSection } from './agenda/start-block.tsx';
import { readFileSync } from 'node:fs';
import type { AppDeps, Feature } from '../../platform/feature.ts';
import './activities.tables.ts';
import { activitiesApi } from './agenda/activities.api.ts';
import { calendarRoutes } from './agenda/calendar.routes.ts';
import { printRoutes } from './agenda/print.routes.tsx';
import { cancellationRoutes } from './cancellation/cancellation.routes.tsx';
import { agendaRoutes } from './agenda/agenda.routes.tsx';
import { seedDemoActivities } from './agenda/activities.demo.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import * as activitiesCore from './migrations/20261201_1600_events_activities.ts';
import * as cancellation from './migrations/20261203_0120_activities_cancellation.ts';
import * as activitiesVersion from './migrations/20261206_0300_perf_activities_version.ts';
import { organiseRoutes } from './organise/organise.routes.tsx';
import { registrationRoutes } from './registration/registration.routes.tsx';
import { registrationsApi } from './registration/registrations.api.ts';
import { reminderJob } from './registration/reminders.job.ts';

const catalogs = { nl, en };

/** Capability F, what's on: the activiteitenagenda with its feeds, organisers, and registration without an account. */
export const activitiesFeature: Feature = {
  name: 'activities',
  messages: catalogs,
  migrations: {
    '20261201_1600_events_activities': activitiesCore,
    '20261203_0120_activities_cancellation': cancellation,
    '20261206_0300_perf_activities_version': activitiesVersion,
  },
  routes(app, deps: AppDeps) {
    for (const register of [
      activitiesApi,
      registrationsApi,
      calendarRoutes,
      printRoutes,
      organiseRoutes,
      cancellationRoutes,
      registrationRoutes,
      agendaRoutes,
    ])
      register(app, deps);
  },
  demo: seedDemoActivities,
  startSections: [whatsOnSection],
  jobs: (deps) => [reminderJob(deps, catalogs)],
  nav: [{ label: 'activities.nav', href: (d) => `/${d.slug}/activiteiten` }],
  headLinks: [
    { rel: 'alternate', type: 'text/calendar', href: (d) => `/${d.slug}/activiteiten/agenda.ics`, title: 'activities.feed.title' },
  ],
  styles: readFileSync(new URL('./activities.css', import.meta.url), 'utf8'),
};
