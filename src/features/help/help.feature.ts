import type { Feature } from '../../platform/feature.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };
import { seedDemoHelp } from './help.demo.ts';
import * as helpCore from './migrations/20261123_1100_help_core.ts';

/** Capability C, neighbour help ("Oost helpt"): requests matched to volunteers nearby, under the cooperative's house rules. */
export const helpFeature: Feature = {
  name: 'help',
  messages: { nl, en },
  migrations: { '20261123_1100_help_core': helpCore },
  demo: seedDemoHelp,
};
