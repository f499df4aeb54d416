import type { DbOrTx } from '../../../platform/db/schema.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { addSchedule } from '../edit/schedules.repository.ts';
import { saveService, type ServiceInput } from '../edit/services.repository.ts';
import type { Actor } from '../model/actor.ts';
import { termIdOf } from '../model/taxonomy.ts';
import { demoSchedule } from './places.demo.ts';
import { demo, type DemoService } from './seeds.demo.ts';

function serviceInput(s: DemoService, orgs: Map<string, string>, places: Map<string, string>, buurten: Map<string, string>): ServiceInput {
  const cost = s.cost ?? ['free'];
  return {
    organizationId: orgs.get(s.org) ?? '',
    name: s.name,
    alternateName: null,
    description: s.description,
    url: null,
    email: null,
    status: 'active',
    isInformal: s.informal ?? false,
    costKind: cost[0],
    costCents: cost[0] === 'amount' ? cost[1] : null,
    costDescription: cost[0] === 'amount' ? cost[2] : '',
    eligibilityDescription: s.eligibility ?? '',
    applicationProcess: '',
    termIds: [...s.themes.map((c) => termIdOf('thema', c)), ...s.forWhom.map((c) => termIdOf('voor-wie', c))],
    buurtIds: (s.buurten ?? []).flatMap((b) => buurten.get(b) ?? []),
    languages: s.languages ?? ['nl'],
    locationIds: (s.places ?? []).flatMap((p) => places.get(p) ?? []),
  };
}

export async function seedServices(
  db: DbOrTx,
  districtId: string,
  orgs: Map<string, string>,
  places: Map<string, string>,
  buurten: Map<string, string>,
  actor: Actor,
) {
  for (const s of demo.services) {
    const id = await saveService(db, districtId, null, serviceInput(s, orgs, places, buurten), actor);
    for (const [kind, days, opens, closes] of s.hours ?? []) {
      await addSchedule(db, districtId, demoSchedule({ serviceId: id, kind, byday: days, opensAt: opens, closesAt: closes }), actor);
    }
  }
}

/**
 * Seed 004's table: a buurt network per buurt. The seed leaves the buurt assistants and their
 * contact details empty, so the demo names none (the portal shows "nog niet bekend").
 */
export async function seedBuurtNetworks(db: DbOrTx, districtId: string, coopId: string, actor: Actor) {
  const buurten = await listBuurten(db, districtId);
  for (const b of buurten) {
    await saveService(
      db,
      districtId,
      null,
      {
        organizationId: coopId,
        name: `Buurtnetwerk ${b.name}`,
        alternateName: null,
        description: `Bewoners van ${b.name} die naar elkaar omzien. De buurtassistent is uw eerste aanspreekpunt in de buurt en brengt mensen met elkaar in contact.`,
        url: null,
        email: null,
        status: 'active',
        isInformal: true,
        costKind: 'free',
        costCents: null,
        costDescription: '',
        eligibilityDescription: '',
        applicationProcess: '',
        termIds: [
          termIdOf('thema', 'contact'),
          termIdOf('thema', 'cohesie'),
          termIdOf('thema', 'omgeving'),
          termIdOf('voor-wie', 'iedereen'),
        ],
        buurtIds: [b.id],
        languages: ['nl'],
        locationIds: [],
      },
      actor,
    );
  }
}
