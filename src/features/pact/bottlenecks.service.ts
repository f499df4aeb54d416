import { queueMailNow } from '../../platform/actions/action.ts';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { findUserById } from '../../platform/auth/auth.repository.ts';
import type { AppDeps } from '../../platform/feature.ts';
import type { District } from '../../platform/geography/geography.repository.ts';
import { findBottleneck, insertBottleneck, insertEvent, moveBottleneck, type Bottleneck } from './bottlenecks.repository.ts';
import { applyAction } from './bottlenecks.rules.ts';
import type { raiseForm, stepForm } from './bottlenecks.schema.ts';
import { accessOf, refused, today, type Outcome } from './pact.http.ts';
import { partnerOfOrganization } from './partners.repository.ts';
import { listMembers } from './steering.repository.ts';

export async function raiseBottleneck(
  deps: AppDeps,
  request: FastifyRequest,
  district: District,
  data: z.output<typeof raiseForm>,
): Promise<string> {
  const { organizationId } = accessOf(request);
  const partnerId = organizationId === null ? null : ((await partnerOfOrganization(deps.database.db, district.id, organizationId)) ?? null);
  return insertBottleneck(deps.database.db, {
    districtId: district.id,
    ...data,
    userId: request.user?.id ?? null,
    name: request.user?.name ?? '',
    partnerId,
    at: deps.clock.now().toISOString(),
  });
}

function link(deps: AppDeps, district: District, id: string): string {
  return new URL(`/${district.slug}/samenwerken/knelpunten/${id}`, deps.config.baseUrl).href;
}

/** An escalation reaches the steering group; a resolution reaches whoever raised it. */
async function tell(
  deps: AppDeps,
  request: FastifyRequest,
  district: District,
  b: Bottleneck,
  action: string,
  note: string,
): Promise<void> {
  const params = { title: b.title, note, link: link(deps, district, b.id), district: district.name };
  let to: string[] = [];
  if (action === 'escalate') to = (await listMembers(deps.database.db, district.id, today(deps.clock.now()))).flatMap((m) => m.email ?? []);
  if (action === 'resolve' && b.raisedByUserId !== null)
    to = [(await findUserById(deps.database.db, b.raisedByUserId))?.email ?? ''].filter(Boolean);
  for (const address of to) {
    await queueMailNow(deps, {
      to: address,
      subject: request.t(`pact.mail.bottleneck.${action}.subject`, params),
      text: request.t(`pact.mail.bottleneck.${action}.body`, params),
    });
  }
}

export async function takeStep(
  deps: AppDeps,
  request: FastifyRequest,
  district: District,
  id: string,
  data: z.output<typeof stepForm>,
): Promise<Outcome<string>> {
  const { db } = deps.database;
  const bottleneck = await findBottleneck(db, district.id, id);
  if (bottleneck === undefined) return refused('action', 'pact.bottleneck.unknown');
  const step = applyAction(bottleneck.status, data.action, accessOf(request), data.note);
  if (!step.ok)
    return refused(step.code.endsWith('noteRequired') ? 'note' : 'action', step.code, step.code.endsWith('noteRequired') ? 422 : 409);
  const at = deps.clock.now().toISOString();
  const moved = await db.transaction().execute(async (trx) => {
    if (!(await moveBottleneck(trx, id, bottleneck.status, step.status, data.note, at))) return false;
    await insertEvent(trx, id, { at, actorName: request.user?.name ?? '', action: data.action, note: data.note });
    await recordAudit(trx, {
      at,
      actorUserId: request.user?.id ?? null,
      action: `pact.bottleneck.${data.action}`,
      subjectType: 'pact_bottleneck',
      subjectId: id,
      districtId: district.id,
      requestId: request.id,
    });
    return true;
  });
  if (!moved) return refused('action', 'pact.bottleneck.notNow', 409);
  await tell(deps, request, district, bottleneck, data.action, data.note);
  return { ok: true, value: id };
}
