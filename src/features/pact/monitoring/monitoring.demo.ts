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
  /** Only where a seed sets one: seed 000 §4, social cohesion at least 7 by the end of the pact (2024). */
  target?: Target;
}

/** A table of seed figures: one source, year and unit; each row [name, value, better, definition, target?]. */
interface FigureTable {
  source: string;
  year: number;
  unit: IndicatorUnit;
  items: [string, number, Better, string, Target?][];
}

/**
 * Every figure of seed 000 annex I for Oost, with its source and year as the annex gives them
 * (its sources are the Gezondheidsmonitor 2018 and the Bewonersenquête 2019; for the blocks
 * outside health it does not say which); seed 003 §2's figures behind Thuis in je Wijk (for
 * Utrecht or the four districts together) in its four districts. No target unless a seed sets one.
 */
const demo = data as unknown as { sources: Record<string, string>; oost: FigureTable[]; thuisInJeWijk: DemoIndicator[] };

function fromTables(tables: readonly FigureTable[]): DemoIndicator[] {
  return tables.flatMap((t) =>
    t.items.map(([name, value, better, definition, target]) => ({
      name,
      definition,
      unit: t.unit,
      better,
      source: demo.sources[t.source] ?? '',
      values: [{ year: t.year, value }],
      ...(target === undefined ? {} : { target }),
    })),
  );
}

async function seed(c: DemoContext, districtId: string, list: readonly DemoIndicator[]): Promise<void> {
  for (const i of list) {
    const id = await insertIndicator(c.db, districtId, { ...i, target: i.target ?? null }, c.at);
    for (const v of i.values) await saveValue(c.db, id, { ...v, source: '' });
  }
}

export async function seedDemoMonitoring(c: DemoContext): Promise<void> {
  await seed(c, c.oost, fromTables(demo.oost));
  for (const d of c.tijw) await seed(c, d.id, demo.thuisInJeWijk);
}
