import type { DemoContext } from '../partners/partners.demo.ts';
import data from './bottlenecks.demo.json' with { type: 'json' };
import { insertBottleneck, insertEvent, moveBottleneck } from './bottlenecks.repository.ts';
import type { BottleneckStatus } from './bottlenecks.rules.ts';

interface DemoBottleneck {
  title: string;
  description: string;
  raisedBy: string;
  partner: string | null;
  daysAgo: number;
  /** The step it has come to since. */
  step?: { action: string; to: BottleneckStatus; daysAgo: number; by: string; note: string };
}

/** Bottlenecks in the spirit of seed 000 §8 and §10, about cooperation, never about residents. */
const demo = data.bottlenecks as DemoBottleneck[];

const daysBefore = (iso: string, days: number) => new Date(new Date(iso).getTime() - days * 86_400_000).toISOString();

export async function seedDemoBottlenecks(c: DemoContext): Promise<void> {
  for (const b of demo) {
    const id = await insertBottleneck(c.db, {
      districtId: c.oost,
      title: b.title,
      description: b.description,
      userId: null,
      name: b.raisedBy,
      partnerId: b.partner === null ? null : (c.oostPartners.get(b.partner) ?? null),
      at: daysBefore(c.at, b.daysAgo),
    });
    if (b.step === undefined) continue;
    const at = daysBefore(c.at, b.step.daysAgo);
    await moveBottleneck(c.db, id, 'open', b.step.to, b.step.note, at);
    await insertEvent(c.db, id, { at, actorName: b.step.by, action: b.step.action, note: b.step.note });
  }
}
