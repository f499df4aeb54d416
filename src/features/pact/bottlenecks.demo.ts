import { insertBottleneck, insertEvent, moveBottleneck } from './bottlenecks.repository.ts';
import type { DemoContext } from './partners.demo.ts';

const daysBefore = (iso: string, days: number) => new Date(new Date(iso).getTime() - days * 86_400_000).toISOString();

/** Bottlenecks in the spirit of seed 000 §8 and §10, about cooperation, never about residents. */
export async function seedDemoBottlenecks(c: DemoContext): Promise<void> {
  await insertBottleneck(c.db, {
    districtId: c.oost,
    title: 'Geen vaste ruimte voor het buurtnetwerk Watervogelbuurt',
    description: 'Het buurtnetwerk komt nu bij mensen thuis bij elkaar. Er is een vaste, toegankelijke plek nodig.',
    userId: null,
    name: 'Sam Opbouwwerker DOCK (demo)',
    partnerId: c.oostPartners.get('DOCK') ?? null,
    at: daysBefore(c.at, 12),
  });
  const escalated = await insertBottleneck(c.db, {
    districtId: c.oost,
    title: 'Financiering van de wijkpactcoördinator na dit jaar',
    description:
      'De uren van de wijkpactcoördinator zijn alleen voor dit jaar betaald. Zonder coördinator stopt de voorbereiding van de bijeenkomsten.',
    userId: null,
    name: 'Femke Coördinator (demo)',
    partnerId: null,
    at: daysBefore(c.at, 40),
  });
  const escalatedAt = daysBefore(c.at, 30);
  await moveBottleneck(
    c.db,
    escalated,
    'open',
    'escalated',
    'Dit gaat over geld van meerdere partners; dat kan alleen de regiegroep besluiten.',
    escalatedAt,
  );
  await insertEvent(c.db, escalated, {
    at: escalatedAt,
    actorName: 'Femke Coördinator (demo)',
    action: 'escalate',
    note: 'Dit gaat over geld van meerdere partners; dat kan alleen de regiegroep besluiten.',
  });
  const resolved = await insertBottleneck(c.db, {
    districtId: c.oost,
    title: 'Huisartsen weten niet welke inloopspreekuren er zijn',
    description: 'Huisartsen verwijzen nog naar de gemeente, terwijl er in de buurt inloopspreekuren zijn.',
    userId: null,
    name: 'Eva Eerstelijn (demo)',
    partnerId: c.oostPartners.get('Stichting Utrecht Oost Gezond') ?? null,
    at: daysBefore(c.at, 90),
  });
  const resolvedAt = daysBefore(c.at, 75);
  await moveBottleneck(c.db, resolved, 'open', 'resolved', 'De meterkastkaart gaat nu ook naar alle huisartsenpraktijken.', resolvedAt);
  await insertEvent(c.db, resolved, {
    at: resolvedAt,
    actorName: 'Femke Coördinator (demo)',
    action: 'resolve',
    note: 'De meterkastkaart gaat nu ook naar alle huisartsenpraktijken.',
  });
}
