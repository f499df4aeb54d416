import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Outcome } from '../../../platform/actions/outcome.ts';
import { sendRefusal } from '../../../platform/api/openapi.ts';

/** Parameters and answers every part of the pact's API shares. */
export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const idResponse = z.object({ id: z.string() });

export const asId = (id: string) => ({ id });

/** The API's answer to an action: its value as JSON, or its refusal as a problem (shaped like invalid input). */
export function answered<T, R>(request: FastifyRequest, reply: FastifyReply, outcome: Outcome<T>, json: (value: T) => R): R | FastifyReply {
  return outcome.ok ? json(outcome.value) : sendRefusal(request, reply, outcome);
}
