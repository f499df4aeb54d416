import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../../platform/clock.ts';
import type { Db, DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { changesOf, type Actor } from '../model/history.repository.ts';
import type { EditFrame } from './edit.views.tsx';
import type { EntryType } from '../model/guide.model.ts';
import { canEditEntry, editableOrganizations, isStale } from '../model/entries.rules.ts';
import { reindexAround } from '../search/search.repository.ts';
import { districtOf } from '../search/search.routes.tsx';

export const idPattern = /^[0-9a-f-]{36}$/;

export const tableOf = { organization: 'organizations', location: 'locations', service: 'services' } as const;
export const segmentOf: Record<EntryType, string> = { organization: 'organisaties', location: 'plekken', service: 'aanbod' };

export function signedIn(request: FastifyRequest): CurrentUser {
  if (request.user === null) throw new HttpProblem(401);
  return request.user;
}

export interface Editable {
  district: District;
  user: CurrentUser;
  id: string;
  organizationId: string | null;
}

/** The entry of the URL, if the signed-in person may edit it: 404 when it is not in this district, 403 when not theirs. */
export async function editableEntry(db: DbOrTx, request: FastifyRequest, type: EntryType, id: string): Promise<Editable> {
  const district = districtOf(request);
  const user = signedIn(request);
  if (!idPattern.test(id)) throw new HttpProblem(404);
  const row =
    type === 'organization'
      ? await db.selectFrom('organizations').select(['id', 'district_id', 'id as organization_id']).where('id', '=', id).executeTakeFirst()
      : await db.selectFrom(tableOf[type]).select(['id', 'district_id', 'organization_id']).where('id', '=', id).executeTakeFirst();
  if (row?.district_id !== district.id) throw new HttpProblem(404);
  if (!canEditEntry(user.roles, { districtId: district.id, organizationId: row.organization_id })) throw new HttpProblem(403);
  return { district, user, id, organizationId: row.organization_id };
}

/** May this person add entries for this organisation (or, for null, entries of no organisation)? */
export function mayAddFor(user: CurrentUser, district: District, organizationId: string | null): boolean {
  const allowed = editableOrganizations(user.roles, district.id);
  return allowed === 'all' || (organizationId !== null && allowed.includes(organizationId));
}

export function actorOf(user: CurrentUser, now: Date): Actor {
  return { userId: user.id, at: now.toISOString() };
}

type Around = { organizationIds?: string[]; locationIds?: string[] };

/** A change and the search index stand or fall together; `around` names what the change touched. */
export async function changeAndReindex<T>(
  db: Db,
  districtId: string,
  change: (trx: DbOrTx) => Promise<T>,
  around: (result: T, trx: DbOrTx) => Around | Promise<Around>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const result = await change(trx);
    await reindexAround(trx, districtId, await around(result, trx));
    return result;
  });
}

export interface EditRoute {
  Params: { district: string; id: string };
  Querystring: { melding?: string; organisatie?: string };
}
export type EditRequest = FastifyRequest<EditRoute>;

const notices = new Set(['opgeslagen', 'nagekeken', 'tijden', 'contactpersoon', 'verwijderd']);

/** What every edit page shares: its frame (notice, verification, history) and the redirect after a save. */
export function editKit(db: Db, clock: Clock) {
  return {
    async frame(
      request: EditRequest,
      type: EntryType,
      id: string | null,
      entry?: { name: string; lastVerifiedAt: string | null; createdAt: string },
    ): Promise<EditFrame> {
      const melding = request.query.melding;
      return {
        district: districtOf(request),
        type,
        id,
        name: entry?.name ?? '',
        verifiedAt: entry?.lastVerifiedAt ?? null,
        stale: entry ? isStale(entry, clock.now()) : false,
        history: id === null ? [] : await changesOf(db, [id]),
        ...(melding !== undefined && notices.has(melding) ? { notice: request.t(`guide.notice.${melding}`) } : {}),
      };
    },
    done(reply: FastifyReply, district: { slug: string }, type: EntryType, id: string, notice = 'opgeslagen') {
      return reply.redirect(`/${district.slug}/gids/${segmentOf[type]}/${id}/bewerken?melding=${notice}`, 303);
    },
  };
}

export type EditKit = ReturnType<typeof editKit>;
