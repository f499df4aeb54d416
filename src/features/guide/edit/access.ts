import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { districtOf, HttpProblem, userOf } from '../../../platform/http/guards.ts';
import { canEditEntry } from '../model/entries.rules.ts';
import type { EntryType } from '../model/guide.model.ts';
import { isEntryId } from '../model/ids.ts';
import { entryOwner } from './entries.repository.ts';

/** An entry someone is about to add (id null) or change, with who does it. */
export interface EditSubject {
  district: District;
  user: CurrentUser;
  type: EntryType;
  id: string | null;
  /** The entry's organisation as stored (itself for an organisation); null for a new entry. */
  organizationId: string | null;
}

/** The entry of the URL, if the signed-in person may edit it: 404 when it is not in this district, 403 when not theirs. */
export async function editableEntry(db: DbOrTx, request: FastifyRequest, type: EntryType): Promise<EditSubject & { id: string }> {
  const district = districtOf(request);
  const user = userOf(request);
  const { id } = request.params as { id: string };
  const owner = isEntryId(id) ? await entryOwner(db, type, id) : undefined;
  if (owner?.districtId !== district.id) throw new HttpProblem(404);
  if (!canEditEntry(user.roles, { districtId: district.id, organizationId: owner.organizationId })) throw new HttpProblem(403);
  return { district, user, type, id, organizationId: owner.organizationId };
}

/** What a change of an entry touches in the search index: the entry's place and organisation. */
export function aroundEntry(subject: Pick<EditSubject, 'type' | 'organizationId'> & { id: string }) {
  const organizationIds = subject.organizationId === null ? [] : [subject.organizationId];
  return subject.type === 'location' ? { locationIds: [subject.id], organizationIds } : { organizationIds };
}
