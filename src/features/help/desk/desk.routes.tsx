import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { findBuurt, listBuurten } from '../../../platform/geography/geography.repository.ts';
import { districtOf, HttpProblem, requireRight } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { rulesOr404 } from '../house-rules/rules.access.ts';
import { findRequest } from '../lifecycle/requests.repository.ts';
import { rankedCandidatesFor } from '../matching/candidates.repository.ts';
import { coordinatedKinds, coordinatorBuurten } from './coordinator.rules.ts';
import { deskRequests } from './desk.repository.ts';
import { deskSections, needsCandidateCheck } from './desk.rules.ts';
import { deskQuery } from './desk.schema.ts';
import { deskPage } from './desk.views.tsx';

/** The coordinator's desk per buurt or district: what to check, match, hear back on and close. */
export function deskRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  const coordinator = { preHandler: requireRight('help.desk') };

  app.get('/:district/hulp/balie', coordinator, async (request, reply) => {
    const district = districtOf(request);
    const query = deskQuery.safeParse(request.query);
    if (!query.success) throw new HttpProblem(404);
    const rules = await rulesOr404(db, district.id);
    const own = coordinatorBuurten(request.user, district.id);
    const chosen = own === 'all' && query.data.buurt ? await findBuurt(db, district.id, query.data.buurt) : undefined;
    const rows = await deskRequests(db, district.id, chosen ? new Set([chosen.id]) : own, coordinatedKinds(request.user, district.id));
    // Which of the oldest waiting requests have no candidate at all: the desk lists them apart.
    const candidateCheck = needsCandidateCheck(rows);
    for (const row of candidateCheck.checked) {
      const full = await findRequest(db, row.id);
      row.candidates = full ? (await rankedCandidatesFor(db, rules, full, deps.clock.now(), 1)).length : null;
    }
    const now = deps.clock.now();
    const data = {
      sections: deskSections(rows, rules, now),
      part: query.data.deel ?? null,
      page: query.data.pagina,
      candidateCheck: { checked: candidateCheck.checked.length, waiting: candidateCheck.waiting },
      buurten: own === 'all' ? await listBuurten(db, district.id) : null,
      chosenBuurt: chosen?.slug ?? '',
      schemeName: rules.schemeName,
      now,
    };
    return sendPage(request, reply, (ctx) => deskPage(ctx, data));
  });
}
