import { queueMailNow } from '../../platform/actions/action.ts';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import type { District } from '../../platform/geography/geography.repository.ts';
import { findOrCreateOrganization } from '../guide/index.ts';
import { refused, today, type Outcome } from './pact.http.ts';
import {
  decideJoinRequest,
  findJoinRequest,
  insertJoinRequest,
  insertPartner,
  partnerOfOrganization,
  saveCommitment,
  updateContact,
} from './partners.repository.ts';
import { commitmentLetters, refuseDecision } from './partners.rules.ts';
import type { commitmentsForm, contactForm, decisionForm, joinForm } from './partners.schema.ts';

/** Anyone may ask to join; the steering group decides. */
export async function submitJoinRequest(deps: AppDeps, district: District, data: z.output<typeof joinForm>): Promise<string> {
  return insertJoinRequest(deps.database.db, {
    districtId: district.id,
    organizationName: data.organization,
    contactName: data.contactName,
    contactEmail: data.contactEmail,
    contactPhone: data.contactPhone,
    addedValue: data.addedValue,
    at: deps.clock.now().toISOString(),
  });
}

/**
 * Approving makes the organisation a partner as of today, with the requester as its contact
 * person (the guide keeps the organisation). The requester hears the outcome by e-mail.
 */
export async function decideJoin(
  deps: AppDeps,
  request: FastifyRequest,
  district: District,
  requestId: string,
  data: z.output<typeof decisionForm>,
): Promise<Outcome<string | null>> {
  const { db } = deps.database;
  const join = await findJoinRequest(db, district.id, requestId);
  if (join === undefined) return refused('decision', 'pact.join.unknown', 422);
  const problem = refuseDecision(join.status);
  if (problem !== null) return refused('decision', problem, 409);
  const now = deps.clock.now();
  const at = now.toISOString();
  const outcome = await db.transaction().execute(async (trx): Promise<Outcome<string | null>> => {
    let partnerId: string | null = null;
    if (data.decision === 'approved') {
      const organizationId = await findOrCreateOrganization(trx, {
        districtId: district.id,
        name: join.organizationName,
        kind: 'partner',
        at,
      });
      if ((await partnerOfOrganization(trx, district.id, organizationId)) !== undefined)
        return refused('decision', 'pact.join.alreadyPartner', 409);
      const contact = { name: join.contactName, email: join.contactEmail, phone: join.contactPhone };
      partnerId = await insertPartner(trx, {
        districtId: district.id,
        organizationId,
        signedOn: today(now),
        role: join.addedValue,
        contact,
        at,
      });
    }
    const decided = await decideJoinRequest(trx, join.id, {
      status: data.decision,
      at,
      by: request.user?.id ?? null,
      note: data.note,
      partnerId,
    });
    if (!decided) return refused('decision', 'pact.join.alreadyDecided', 409);
    await recordAudit(trx, {
      at,
      actorUserId: request.user?.id ?? null,
      action: `pact.join.${data.decision}`,
      subjectType: 'pact_join_request',
      subjectId: join.id,
      districtId: district.id,
      requestId: request.id,
    });
    return { ok: true, value: partnerId };
  });
  if (outcome.ok) {
    const params = { name: join.contactName, organization: join.organizationName, district: district.name, note: data.note };
    await queueMailNow(deps, {
      to: join.contactEmail,
      subject: request.t(`pact.mail.join.${data.decision}.subject`, params),
      text: request.t(`pact.mail.join.${data.decision}.body`, {
        ...params,
        link: new URL(`/${district.slug}/samenwerken/partners`, deps.config.baseUrl).href,
      }),
    });
  }
  return outcome;
}

export async function saveCommitments(
  deps: AppDeps,
  request: FastifyRequest,
  partnerId: string,
  data: z.output<typeof commitmentsForm>,
): Promise<void> {
  const at = deps.clock.now().toISOString();
  await deps.database.db.transaction().execute(async (trx) => {
    for (const letter of commitmentLetters) {
      await saveCommitment(trx, {
        partnerId,
        year: data.year,
        letter,
        status: data[letter],
        note: data[`note_${letter}`],
        at,
        by: request.user?.id ?? null,
      });
    }
  });
}

/** Contact persons are personal data: every read by someone other than themselves is logged. */
export async function auditContactRead(deps: AppDeps, request: FastifyRequest, district: District, subjectId: string): Promise<void> {
  await recordAudit(deps.database.db, {
    at: deps.clock.now().toISOString(),
    actorUserId: request.user?.id ?? null,
    action: 'pact.contacts.read',
    subjectType: 'pact_partner',
    subjectId,
    districtId: district.id,
    requestId: request.id,
  });
}

/** The steering group records who the partner's one contact person is (commitment a). */
export async function changeContact(
  deps: AppDeps,
  request: FastifyRequest,
  district: District,
  partnerId: string,
  contact: z.output<typeof contactForm>,
): Promise<void> {
  const at = deps.clock.now().toISOString();
  await deps.database.db.transaction().execute(async (trx) => {
    await updateContact(trx, partnerId, contact, at);
    await recordAudit(trx, {
      at,
      actorUserId: request.user?.id ?? null,
      action: 'pact.contact.changed',
      subjectType: 'pact_partner',
      subjectId: partnerId,
      districtId: district.id,
      requestId: request.id,
    });
  });
}
