import { readFileSync } from 'node:fs';
import { may } from '../../platform/auth/rights.rules.ts';
import { hasRole } from '../../platform/auth/roles.rules.ts';
import type { Feature } from '../../platform/feature.ts';
import { consentsApi } from './api/consents.api.ts';
import { askApi, triageApi } from './api/questions.api.ts';
import { referralsApi } from './api/referrals.api.ts';
import { askRoutes } from './ask/ask.routes.tsx';
import { processFigures } from './figures/figures.repository.ts';
import * as questionsCore from './migrations/20261123_1200_questions_core.ts';
import * as caseMeetings from './migrations/20261201_1200_func_case_meetings.ts';
import * as caseMeetingPlace from './migrations/20261202_0161_questions_case_meeting_place.ts';
import { caseMeetingRoutes } from './case-meetings/case-meetings.routes.tsx';
// The tables join the one database type by module augmentation; importing the file keeps that visible.
import './case-meetings.tables.ts';
import { anonymiseJob } from './privacy/anonymise.job.ts';
import { privacyRoutes } from './privacy/privacy.routes.tsx';
import { seedDemoQuestions } from './questions.demo.ts';
import { questionsMessages } from './questions.i18n.ts';
import { referralFormRoutes } from './referrals/referral-forms.routes.tsx';
import { referralRoutes } from './referrals/referral.routes.tsx';
import { remindersJob } from './referrals/reminders.job.ts';
import { statusRoutes } from './status/status.routes.tsx';
import { triageFormRoutes } from './triage/triage-forms.routes.tsx';
import { triageRoutes } from './triage/triage.routes.tsx';

/** Capability B, no wrong door: questions answered by named people, referrals with consent, a closed loop. */
export const questionsFeature: Feature = {
  name: 'questions',
  messages: questionsMessages,
  migrations: {
    '20261123_1200_questions_core': questionsCore,
    '20261201_1200_func_case_meetings': caseMeetings,
    '20261202_0161_questions_case_meeting_place': caseMeetingPlace,
  },
  routes(app, deps) {
    askRoutes(app, deps);
    statusRoutes(app, deps);
    triageRoutes(app, deps);
    triageFormRoutes(app, deps);
    referralRoutes(app, deps);
    referralFormRoutes(app, deps);
    privacyRoutes(app, deps);
    askApi(app, deps);
    triageApi(app, deps);
    consentsApi(app, deps);
    referralsApi(app, deps);
    caseMeetingRoutes(app, deps);
  },
  demo: seedDemoQuestions,
  processFigures,
  jobs: (deps) => [remindersJob(deps), anonymiseJob(deps, deps.config.questionsRetentionMonths)],
  nav: [
    { label: 'questions.nav.ask', href: (d) => `/${d.slug}/vraag-stellen` },
    {
      label: 'questions.nav.triage',
      href: (d) => `/${d.slug}/vragen`,
      visible: (user, d) => user !== null && may(user.roles, 'questions.desk', { districtId: d.id }),
    },
    {
      label: 'questions.nav.referrals',
      href: (d) => `/${d.slug}/doorverwijzingen`,
      visible: (user, d) => user !== null && hasRole(user.roles, ['professional', 'partner_contact'], { districtId: d.id }),
    },
    {
      label: 'questions.nav.privacy',
      href: (d) => `/${d.slug}/beheer/persoonsgegevens`,
      visible: (user, d) => user !== null && hasRole(user.roles, ['administrator'], { districtId: d.id }),
    },
  ],
  styles: readFileSync(new URL('./questions.css', import.meta.url), 'utf8'),
  homeTasks: [{ label: 'questions.home.ask', description: 'questions.home.ask.description', href: (d) => `/${d.slug}/vraag-stellen` }],
};
