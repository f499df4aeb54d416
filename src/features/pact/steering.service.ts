import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { lockDistrict, type District } from '../../platform/geography/geography.repository.ts';
import { refused, today, type Outcome } from './pact.http.ts';
import { listPartners } from './partners.repository.ts';
import { insertMember, listChairTerms, listMembers, replaceChairTerms } from './steering.repository.ts';
import { chairRotation, periodsFrom, refuseNewMember } from './steering.rules.ts';
import type { memberForm, scheduleForm } from './steering.schema.ts';

/** Adds a member when the seat is free and the group has fewer than eight (seed 000 §6). */
export async function addMember(
  deps: AppDeps,
  request: FastifyRequest,
  district: District,
  data: z.output<typeof memberForm>,
): Promise<Outcome<string>> {
  const { db } = deps.database;
  const now = deps.clock.now();
  if (data.organization !== null && !(await listPartners(db, district.id)).some((p) => p.organizationId === data.organization)) {
    return refused('organization', 'validation.choice');
  }
  return db.transaction().execute(async (trx): Promise<Outcome<string>> => {
    // Two members added at the same moment must not both become the ninth.
    await lockDistrict(trx, district.id);
    const problem = refuseNewMember(await listMembers(trx, district.id, today(now)), data.seat);
    if (problem !== null) return refused('seat', problem, 409);
    const id = await insertMember(trx, { districtId: district.id, ...data, organizationId: data.organization, at: now.toISOString() });
    await recordAudit(trx, {
      at: now.toISOString(),
      actorUserId: request.user?.id ?? null,
      action: 'pact.steering.member_added',
      subjectType: 'pact_steering_member',
      subjectId: id,
      districtId: district.id,
      details: { seat: data.seat },
      requestId: request.id,
    });
    return { ok: true, value: id };
  });
}

/** The chair rotates among today's members, continuing after whoever chaired before these terms. */
export async function makeChairSchedule(deps: AppDeps, district: District, data: z.output<typeof scheduleForm>): Promise<Outcome<number>> {
  const { db } = deps.database;
  const members = await listMembers(db, district.id, today(deps.clock.now()));
  if (members.length === 0) return refused('from', 'pact.steering.noMembers');
  const before = (await listChairTerms(db, district.id)).filter((t) => t.period < data.from).at(-1);
  const terms = chairRotation(members, before?.memberId ?? null, periodsFrom(data.from, data.terms));
  await db.transaction().execute((trx) => replaceChairTerms(trx, district.id, terms));
  return { ok: true, value: terms.length };
}
