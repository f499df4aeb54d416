import type { Feature } from '../platform/feature.ts';
import { accountsFeature } from './accounts/index.ts';
import { commonLanguageFeature } from './common-language/index.ts';
import { activitiesFeature } from './activities/index.ts';
import { cooperativeFeature } from './cooperative/index.ts';
import { guideFeature } from './guide/index.ts';
import { helpFeature } from './help/index.ts';
import { pactFeature } from './pact/index.ts';
import { portalFeature } from './portal/index.ts';
import { questionsFeature } from './questions/index.ts';
import { storiesFeature } from './stories/index.ts';
import { subscriptionsFeature } from './subscriptions/index.ts';

/** Every feature of the portal, in the order their demo data and menu items appear. */
export const features: readonly Feature[] = [
  portalFeature,
  accountsFeature,
  guideFeature,
  helpFeature,
  questionsFeature,
  pactFeature,
  commonLanguageFeature,
  activitiesFeature,
  storiesFeature,
  subscriptionsFeature,
  cooperativeFeature,
];
