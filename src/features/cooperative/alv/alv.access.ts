import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { mayInCooperative } from '../shared/access.rules.ts';
import { cooperativeOf } from '../shared/access.ts';
import type { Cooperative } from '../shared/cooperative.repository.ts';
import { findAlv, type Alv } from './alv.repository.ts';

export interface AlvSubject {
  district: District;
  cooperative: Cooperative;
  alv: Alv;
}

/** The ALV of the URL in the URL's district's cooperative; another district's ALV is not found here. */
export async function alvOf(deps: AppDeps, request: FastifyRequest): Promise<AlvSubject> {
  const coop = await cooperativeOf(deps, request);
  const alv = await findAlv(deps.database.db, coop.district.id, (request.params as { alv: string }).alv);
  if (alv === undefined) throw new HttpProblem(404);
  return { ...coop, alv };
}

/** The daily board runs the ALV: convening, the door, the votes and the minutes. */
export function mayRun(request: FastifyRequest): boolean {
  return request.user !== null && request.district !== null && mayInCooperative(request.user.roles, 'dailyBoard', request.district.id);
}
