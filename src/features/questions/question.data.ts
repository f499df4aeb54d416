import type { FastifyRequest } from 'fastify';
import type { DbOrTx } from '../../platform/db/schema.ts';
import type { District } from '../../platform/geography/geography.repository.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import type { Translate } from '../../platform/i18n/i18n.ts';
import { canTriage } from './access.rules.ts';
import { districtOf } from './ask.routes.tsx';
import { recipientNames } from './consent.actions.ts';
import { whatMayTravel } from './consent.rules.ts';
import { consentsOf } from './consents.repository.ts';
import { eventsOf } from './events.repository.ts';
import { organizationNames } from './guide-entries.repository.ts';
import type { QuestionPageData } from './question.views.tsx';
import { buurtNameOf, findQuestion, locationNameOf, type Question } from './questions.repository.ts';
import { isActiveReferral } from './questions.rules.ts';
import { referralsOfQuestion } from './referrals.repository.ts';

const uuid = /^[0-9a-f-]{36}$/;

/** The question of the URL, for a coordinator of its district and buurt; anyone else gets a 404. */
export async function questionForCoordinator(db: DbOrTx, request: FastifyRequest): Promise<{ district: District; question: Question }> {
  const district = districtOf(request);
  const id = (request.params as { id?: string }).id ?? '';
  const question = uuid.test(id) ? await findQuestion(db, id) : undefined;
  if (question?.districtId !== district.id || request.user === null || !canTriage(request.user.roles, question)) throw new HttpProblem(404);
  return { district, question };
}

async function userName(db: DbOrTx, id: string | null): Promise<string | null> {
  if (id === null) return null;
  return (await db.selectFrom('users').select('name').where('id', '=', id).executeTakeFirst())?.name ?? null;
}

export async function consentsWithNames(db: DbOrTx, question: Question, t: Translate) {
  const names = await organizationNames(db, question.districtId);
  return Promise.all(
    (await consentsOf(db, question.id)).map(async (c) => ({
      ...c,
      recipients: recipientNames(
        c.organizationIds.map((id) => names.get(id) ?? ''),
        c.neighbourHelp,
        t,
      ),
      recordedByName: await userName(db, c.recordedBy),
    })),
  );
}

export async function questionPageData(
  db: DbOrTx,
  page: { district: District; question: Question; now: Date; t: Translate; notice?: string; newLink?: string },
): Promise<QuestionPageData> {
  const { question, now } = page;
  const consents = await consentsWithNames(db, question, page.t);
  const referrals = (await referralsOfQuestion(db, question.id)).map((r) => ({
    ...r,
    travel: whatMayTravel(consents, {
      recipient: { kind: 'organization', organizationId: r.organizationId },
      now,
      active: isActiveReferral(r.status),
    }),
  }));
  return {
    district: page.district,
    question,
    buurtName: await buurtNameOf(db, question.buurtId),
    walkInName: await locationNameOf(db, question.walkInLocationId),
    recordedByName: await userName(db, question.recordedBy),
    events: await eventsOf(db, question.id, { forResident: false }),
    referrals,
    consents,
    notice: page.notice,
    newLink: page.newLink ?? null,
    now,
  };
}
