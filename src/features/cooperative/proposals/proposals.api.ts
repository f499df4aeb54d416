import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { cooperativeOf, requireCoop } from '../shared/access.ts';
import { proposalsSeenByBoard } from './proposals.actions.ts';
import { listProposals, type Proposal } from './proposals.repository.ts';
import { needs, proposalStatuses, proposerKinds } from './proposals.rules.ts';

const project = z.object({
  id: z.string(),
  title: z.string(),
  what: z.string(),
  forWhom: z.string(),
  buurt: z.string().nullable(),
  needs: z.array(z.enum(needs)),
  moneyCents: z.number().int().nullable(),
  call: z.object({ talent: z.string(), text: z.string() }).nullable(),
});
const proposal = project.extend({
  status: z.enum(proposalStatuses),
  proposerKind: z.enum(proposerKinds),
  proposerName: z.string(),
  proposerEmail: z.string(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});

const publicView = (p: Proposal) => ({
  id: p.id,
  title: p.title,
  what: p.what,
  forWhom: p.forWhom,
  buurt: p.buurtName,
  needs: p.needs,
  moneyCents: p.moneyCents,
  call: p.callTalent === null ? null : { talent: p.callTalent, text: p.callText ?? '' },
});

const tag = 'cooperative';

/** The approved projects for everyone; every proposal, with who proposed it, for the board (audited). */
export function proposalsApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/cooperative/projects',
      summary: 'The projects the cooperative’s board approved, with their call for people',
      tag,
      params: districtParams,
      response: z.array(project),
      access: 'public',
    },
    async (_input, request) => {
      const { district } = await cooperativeOf(deps, request);
      return (await listProposals(deps.database.db, district.id, 'approved')).map(publicView);
    },
  );
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/districts/{district}/cooperative/proposals',
      summary: 'Every project proposal with its status and proposer, for the general and daily board (each read is logged)',
      tag,
      params: districtParams,
      response: z.array(proposal),
      preHandler: [requireCoop('board')],
    },
    async (_input, request) => {
      const { district } = await cooperativeOf(deps, request);
      const all = await proposalsSeenByBoard(actionContext(request, deps), district);
      return all.map((p) => ({
        ...publicView(p),
        status: p.status,
        proposerKind: p.proposerKind,
        proposerName: p.proposerName,
        proposerEmail: p.proposerEmail,
        createdAt: p.createdAt,
        decidedAt: p.decidedAt,
        decisionReason: p.decisionReason,
      }));
    },
  );
}
