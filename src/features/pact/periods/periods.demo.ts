import { listIndicators } from '../monitoring/indicators.repository.ts';
import type { DemoContext } from '../partners/partners.demo.ts';
import { programmesOfDistrict } from '../programmes/programmes.repository.ts';
import data from './periods.demo.json' with { type: 'json' };
import { insertPeriod, saveSignature, saveTarget } from './periods.repository.ts';

/**
 * Seed 000 §9: Wijkpact Samen Oost holds "voor de periode 2022 tot en met 2024", evaluated in
 * 2024. The period has ended; the seeds give no evaluation, so none is recorded: the steering
 * group still has to. Its partners signed (seed 001) on a date no seed gives. Its one numeric
 * target is §4's social cohesion "van een 6,4 naar minimaal een 7". The next period,
 * 2025–2027, is a draft without signatures or targets yet.
 */
const demo = data;

export async function seedDemoPeriods(c: DemoContext): Promise<void> {
  const programme = (await programmesOfDistrict(c.db, c.oost)).find((p) => p.kind === 'wijkpact');
  if (programme === undefined) throw new Error('Oost has no wijkpact programme');
  const ended = await insertPeriod(c.db, { programmeId: programme.id, ...demo.ended, status: 'running', at: c.at });
  for (const partnerId of c.oostPartners.values()) await saveSignature(c.db, ended, partnerId, null);
  const indicators = await listIndicators(c.db, c.oost);
  for (const target of demo.ended.targets) {
    const indicator = indicators.find((i) => i.name === target.indicator);
    if (indicator === undefined) throw new Error(`no indicator ${target.indicator}`);
    await saveTarget(c.db, ended, { indicatorId: indicator.id, value: target.value, year: target.year });
  }
  await insertPeriod(c.db, { programmeId: programme.id, ...demo.draft, status: 'draft', at: c.at });
}
