import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { districtOf, HttpProblem, requireAccess } from '../../../platform/http/guards.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { mayInCooperative, type CoopPower } from './access.rules.ts';
import { findCooperative, type Cooperative } from './cooperative.repository.ts';

/** Only people with this power in the cooperative of the URL's district pass; others get 403. */
export function requireCoop(power: CoopPower): preHandlerAsyncHookHandler {
  return requireAccess((user, district) => district !== null && mayInCooperative(user.roles, power, district.id));
}

/** The district of the URL and its cooperative; a district without one has none of these pages. */
export async function cooperativeOf(deps: AppDeps, request: FastifyRequest): Promise<{ district: District; cooperative: Cooperative }> {
  const district = districtOf(request);
  const cooperative = await findCooperative(deps.database.db, district.id);
  if (cooperative === undefined) throw new HttpProblem(404, 'cooperative.problem.none');
  return { district, cooperative };
}

/** People with any of these powers in the cooperative of the URL's district pass; others get 403. */
export function requireCoopAny(...powers: CoopPower[]): preHandlerAsyncHookHandler {
  return requireAccess((user, district) => district !== null && powers.some((p) => mayInCooperative(user.roles, p, district.id)));
}
