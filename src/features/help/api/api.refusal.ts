import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Refusal } from '../../../platform/actions/outcome.ts';
import { ruleOf } from '../shared/refusals.ts';

/**
 * A refused action, as help's API answers it: the house rule as the error code (clients
 * switch on `help.rule.oneAtATime`), its words in the user's language, and the status.
 * Typed `never` so a handler can return it in place of its answer.
 */
export async function sendRule(request: FastifyRequest, reply: FastifyReply, refused: Refusal): Promise<never> {
  const rule = ruleOf(refused);
  await reply.code(refused.status).send({ error: { code: rule, message: request.t(rule), status: refused.status } });
  return undefined as never;
}
