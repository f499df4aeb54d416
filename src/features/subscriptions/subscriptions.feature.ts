import type { Feature } from '../../platform/feature.ts';
import { digestJob } from './digest/digest.job.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import * as subscriptionsCore from './migrations/20261202_0141_subscriptions_core.ts';
import { subscribeSection } from './subscribe/start-block.tsx';
import { subscribeRoutes } from './subscribe/subscribe.routes.tsx';
import './subscriptions.tables.ts';

const catalogs = { nl, en };

/**
 * Capability F, the digest (issue 11.7): residents subscribe by e-mail without an account
 * (double opt-in) to a weekly or monthly digest of their buurt; every recurring mail of
 * the portal has a one-click way out (RFC 8058), served here.
 */
export const subscriptionsFeature: Feature = {
  name: 'subscriptions',
  messages: catalogs,
  migrations: { '20261202_0141_subscriptions_core': subscriptionsCore },
  routes: subscribeRoutes,
  jobs: (deps) => [digestJob(deps, catalogs)],
  startSections: [subscribeSection],
};
