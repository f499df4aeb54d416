import type { Feature } from '../platform/feature.ts';
import { accountsFeature } from './accounts/index.ts';
import { commonLanguageFeatureWith } from './common-language/index.ts';
import { activitiesFeature } from './activities/index.ts';
import { cooperativeFeature } from './cooperative/index.ts';
import { guideFeature } from './guide/index.ts';
import { helpFeature, inviteToVolunteerPool } from './help/index.ts';
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
  // The conversation page may invite a resident to the volunteer pool, which neighbour help keeps.
  commonLanguageFeatureWith({ inviteToPool: inviteToVolunteerPool }),
  activitiesFeature,
  storiesFeature,
  subscriptionsFeature,
  cooperativeFeature,
];
