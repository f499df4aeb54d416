import type { DemoContext } from '../partners/partners.demo.ts';
import { insertIndicator, saveValue } from './indicators.repository.ts';
import data from './monitoring.demo.json' with { type: 'json' };
import type { Better, IndicatorUnit, Target, YearValue } from './monitoring.rules.ts';

interface DemoIndicator {
  name: string;
  definition: string;
  unit: IndicatorUnit;
  better: Better;
  source: string;
  values: YearValue[];
  /** Seed 000 §4: the pact's result for 2024, the end of its term. */
  target?: Target;
}

/**
 * Seed 000 annex I with the results of §4 for Oost; seed 003 §2's figures behind Thuis in
 * je Wijk (the health figures are for Utrecht as a whole) for its four districts.
 */
const demo = data as { oost: DemoIndicator[]; thuisInJeWijk: DemoIndicator[] };

async function seed(c: DemoContext, districtId: string, list: readonly DemoIndicator[]): Promise<void> {
  for (const i of list) {
    const id = await insertIndicator(c.db, districtId, { ...i, target: i.target ?? null }, c.at);
    for (const v of i.values) await saveValue(c.db, id, { ...v, source: '' });
  }
}

export async function seedDemoMonitoring(c: DemoContext): Promise<void> {
  await seed(c, c.oost, demo.oost);
  for (const d of c.tijw) await seed(c, d.id, demo.thuisInJeWijk);
}
