import { readFileSync } from 'node:fs';
import { hasRole } from '../../platform/auth/roles.rules.ts';
import type { Feature } from '../../platform/feature.ts';
import { askRoutes } from './ask.routes.tsx';
import { consentsApi } from './consents.api.ts';
import { processFigures } from './figures.repository.ts';
import * as questionsCore from './migrations/20261123_1200_questions_core.ts';
import { privacyRoutes } from './privacy.routes.tsx';
import { questionsApi } from './questions.api.ts';
import { questionsMessages } from './questions.i18n.ts';
import { seedDemoQuestions } from './questions.demo.ts';
import { questionJobs } from './questions.jobs.ts';
import { referralFormRoutes } from './referral-forms.routes.tsx';
import { referralRoutes } from './referral.routes.tsx';
import { referralsApi } from './referrals.api.ts';
import { statusRoutes } from './status.routes.tsx';
import { handOverRoutes, triageFormRoutes } from './triage-forms.routes.tsx';
import { triageRoutes } from './triage.routes.tsx';

/** Capability B, no wrong door: questions answered by named people, referrals with consent, a closed loop. */
export const questionsFeature: Feature = {
  name: 'questions',
  messages: questionsMessages,
  migrations: { '20261123_1200_questions_core': questionsCore },
  routes(app, deps) {
    askRoutes(app, deps, deps.config.questionsRetentionMonths);
    statusRoutes(app, deps);
    triageRoutes(app, deps);
    triageFormRoutes(app, deps);
    handOverRoutes(app, deps);
    referralRoutes(app, deps);
    referralFormRoutes(app, deps);
    privacyRoutes(app, deps);
    questionsApi(app, deps);
    consentsApi(app, deps);
    referralsApi(app, deps);
  },
  demo: seedDemoQuestions,
  processFigures,
  jobs: (deps) => questionJobs(deps, deps.config.questionsRetentionMonths),
  nav: [
    { label: 'questions.nav.ask', href: (d) => `/${d.slug}/vraag-stellen` },
    {
      label: 'questions.nav.triage',
      href: (d) => `/${d.slug}/vragen`,
      visible: (user, d) => user !== null && hasRole(user.roles, ['coordinator'], { districtId: d.id }),
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
