import { z } from 'zod';
import { findUserByEmail } from '../../../platform/auth/auth.repository.ts';
import { localDay, type Clock } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt, findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import { insertConversation } from '../conversations/conversation.repository.ts';
import { visitPlaces } from './visit.schema.ts';
import { walkInsOf } from './walk-ins.ts';
import data from './visits.demo.json' with { type: 'json' };

const answer = z.string().nullable().default(null);
const demoVisits = z.array(
  z.object({
    daysAgo: z.number(),
    place: z.enum(visitPlaces),
    name: answer,
    phone: answer,
    know: answer,
    achieve: answer,
    need: answer,
    self: answer,
    contribute: answer,
    talent: answer,
    agreed: answer,
    nextStep: answer,
    nextInDays: z.number().optional(),
  }),
);

const DAY_MS = 86_400_000;

/**
 * A few visits of the demo buurt assistant of Sterrenwijk, every text marked "Voorbeeld" and
 * the one resident who gave consent named as an example: no real people. The first next step
 * falls due soon, the second has passed, so "Mijn bezoeken" shows both kinds.
 */
export async function seedDemoVisits(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const district = await findDistrictBySlug(db, 'oost');
  const assistant = await findUserByEmail(db, 'buurtassistent.sterrenwijk@wijkportaal.example');
  if (district === undefined || assistant === undefined) return;
  const buurt = await findBuurt(db, district.id, 'sterrenwijk');
  const walkIn = (await walkInsOf(db, district.id))[0];
  const now = deps.clock.now().getTime();
  const day = (offset: number) => localDay(new Date(now + offset * DAY_MS));
  for (const v of demoVisits.parse(data)) {
    const at = new Date(now - v.daysAgo * DAY_MS);
    await insertConversation(
      db,
      {
        districtId: district.id,
        buurtId: buurt?.id ?? null,
        kind: 'buurt_visit',
        residentName: v.name,
        answers: { know: v.know, achieve: v.achieve, need: v.need, self: v.self, contribute: v.contribute, talent: v.talent },
        poolInvitationId: null,
        recordedBy: assistant.id,
        visit: {
          visitedOn: day(-v.daysAgo),
          place: v.place === 'walk_in' && walkIn === undefined ? 'elsewhere' : v.place,
          walkInId: v.place === 'walk_in' ? (walkIn?.id ?? null) : null,
          email: null,
          phone: v.phone,
          agreed: v.agreed,
          nextStep: v.nextStep,
          nextStepOn: v.nextInDays === undefined ? null : day(v.nextInDays - v.daysAgo),
        },
      },
      at.toISOString(),
    );
  }
}
