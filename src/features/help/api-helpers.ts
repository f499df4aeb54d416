import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import type { HouseRules } from './help.rules.ts';
import { findRequest, type HelpRequest } from './requests.repository.ts';
import { coordinates, districtOf, rulesOr404 } from './route-helpers.ts';

const conflicts = new Set(['help.refusal.changedMeanwhile', 'help.refusal.alreadyProposed', 'help.refusal.wrongStep']);

/** A house rule or a step that cannot be taken, as a JSON problem in the user's language; nothing was changed. */
export async function refuse(request: FastifyRequest, reply: FastifyReply, rule: string): Promise<never> {
  const status = conflicts.has(rule) ? 409 : 422;
  await reply.code(status).send({ error: { code: rule, message: request.t(rule), status } });
  return undefined as never;
}

export function apiRules(db: DbOrTx, request: FastifyRequest): Promise<HouseRules> {
  return rulesOr404(db, districtOf(request).id);
}

/** A request of this district that the signed-in coordinator covers. */
export async function coordinatedRequest(db: DbOrTx, request: FastifyRequest, id: string): Promise<HelpRequest> {
  const district = districtOf(request);
  const help = await findRequest(db, id);
  if (help?.districtId !== district.id) throw new HttpProblem(404);
  if (!coordinates(request, district.id, help.buurtId)) throw new HttpProblem(403);
  return help;
}
