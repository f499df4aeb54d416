import type { FastifyRequest } from 'fastify';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { districtOf, HttpProblem } from '../../../platform/http/guards.ts';
import { findRequest, type HelpRequest } from '../lifecycle/requests.repository.ts';
import { coordinates } from './coordinator.rules.ts';

/** A request of the URL's district that the signed-in coordinator covers; others get 404 or 403. */
export async function coordinatedRequest(db: DbOrTx, request: FastifyRequest, id: string): Promise<HelpRequest> {
  const district = districtOf(request);
  const help = await findRequest(db, id);
  if (help?.districtId !== district.id) throw new HttpProblem(404);
  if (!coordinates(request.user, district.id, help.buurtId, help.kind)) throw new HttpProblem(403);
  return help;
}
