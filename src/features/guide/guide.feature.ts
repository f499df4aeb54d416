import type { Feature } from '../../platform/feature.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import { seedDemoGuide } from './guide.demo.ts';
import * as guideCore from './migrations/20261123_1000_guide_core.ts';

/** Capability A, the neighbourhood guide: who and what is there, searchable, on paper, in open data. */
export const guideFeature: Feature = {
  name: 'guide',
  messages: { nl, en },
  migrations: { '20261123_1000_guide_core': guideCore },
  demo: seedDemoGuide,
};
