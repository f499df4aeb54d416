import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actionContext } from '../../../platform/actions/action.ts';
import { apiRoute, districtParams } from '../../../platform/api/openapi.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { memberKinds } from '../membership/membership.rules.ts';
import { registerSeenBy } from '../membership/membership.actions.ts';
import { cooperativeOf, requireCoop } from '../shared/access.ts';
import { alvsOf, type Alv } from './alv.repository.ts';
import { documentKinds, documentPath } from './documents.rules.ts';

const tag = 'cooperative: members and ALV';
const base = '/api/v1/districts/{district}/cooperative';

const membersResponse = z.object({
  members: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(memberKinds),
      name: z.string(),
      organization: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      buurt: z.string().nullable(),
      joinedOn: z.string(),
      endedOn: z.string().nullable(),
    }),
  ),
});

const votes = z.object({ for: z.number().int(), against: z.number().int(), abstained: z.number().int() });
const alvsResponse = z.object({
  alvs: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      startsAt: z.string().describe('UTC instant (ISO 8601)'),
      place: z.string(),
      agenda: z.array(
        z.object({
          position: z.number().int(),
          title: z.string(),
          kind: z.enum(['regular', 'minutes']),
          votes: votes.nullable(),
          adopted: z.boolean().nullable(),
        }),
      ),
      documents: z.object({ annualReport: z.string().nullable(), accounts: z.string().nullable(), auditReport: z.string().nullable() }),
      files: z
        .array(z.object({ kind: z.enum(documentKinds), size: z.number().int(), path: z.string() }))
        .describe('The documents as PDF files; the path downloads one (members and the board, signed in)'),
      minutes: z.string().nullable().describe('Only once the next ALV adopted them'),
      minutesAdoptedOn: z.string().nullable(),
    }),
  ),
});

const asJson = (a: Alv, base: string) => ({
  id: a.id,
  title: a.title,
  startsAt: a.startsAt,
  place: a.place,
  agenda: a.items.map((i) => ({
    position: i.position,
    title: i.title,
    kind: i.kind,
    votes: i.votes === null ? null : { for: i.votes.votesFor, against: i.votes.votesAgainst, abstained: i.votes.votesAbstained },
    adopted: i.adopted,
  })),
  documents: a.documents,
  files: a.files.map((f) => ({ kind: f.kind, size: f.size, path: documentPath(base, a.id, f.kind) })),
  minutes: a.minutesAdoptedOn === null ? null : a.minutes,
  minutesAdoptedOn: a.minutesAdoptedOn,
});

/** The member register (the board only; every read is logged) and the ALVs (members). */
export function alvApi(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: `${base}/members`,
      summary: 'The member register, current members first (board only; every read is logged)',
      tag,
      params: districtParams,
      response: membersResponse,
      preHandler: [requireCoop('board')],
    },
    async (_input, request) => {
      const { district } = await cooperativeOf(deps, request);
      const register = await registerSeenBy(actionContext(request, deps), district);
      return {
        members: register.map((m) => ({
          id: m.id,
          kind: m.kind,
          name: m.name,
          organization: m.organizationName,
          email: m.email,
          phone: m.phone,
          buurt: m.buurtName,
          joinedOn: m.joinedOn,
          endedOn: m.endedOn,
        })),
      };
    },
  );
  apiRoute(
    app,
    {
      method: 'get',
      path: `${base}/alvs`,
      summary: 'The ALVs, latest first: agenda with results, documents and adopted minutes (members and board)',
      tag,
      params: districtParams,
      response: alvsResponse,
      preHandler: [requireCoop('decisions')],
    },
    async (_input, request) => {
      const { district } = await cooperativeOf(deps, request);
      return { alvs: (await alvsOf(deps.database.db, district.id)).map((a) => asJson(a, `/${district.slug}/cooperatie`)) };
    },
  );
}
