import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Outcome } from '../../../platform/actions/outcome.ts';
import { sendRefusal } from '../../../platform/api/openapi.ts';
import { settle } from '../ui/settle.ts';

/**
 * The API's answer to an action: its value as JSON; a problem with the input that only the
 * action could see (an unknown buurt, a contact elsewhere) as the same 422 as invalid input;
 * a conflict (someone was first, the state forbids it) as the plain 409 problem.
 */
export function answerOf<T, R>(request: FastifyRequest, reply: FastifyReply, outcome: Outcome<T>, json: (value: T) => R): R | FastifyReply {
  if (!outcome.ok && outcome.status === 422) return sendRefusal(request, reply, outcome);
  return json(settle(outcome));
}
