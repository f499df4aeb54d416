import type { Feature } from '../platform/feature.ts';
import { accountsFeature } from './accounts/accounts.feature.ts';
import { guideFeature } from './guide/guide.feature.ts';
import { helpFeature } from './help/help.feature.ts';
import { pactFeature } from './pact/pact.feature.ts';
import { portalFeature } from './portal/portal.feature.ts';
import { questionsFeature } from './questions/questions.feature.ts';

/** Every feature of the portal, in the order their demo data and menu items appear. */
export const features: readonly Feature[] = [portalFeature, accountsFeature, guideFeature, helpFeature, questionsFeature, pactFeature];
