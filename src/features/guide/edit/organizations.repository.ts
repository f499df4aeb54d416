import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Actor } from '../model/actor.ts';
import type { Organization } from '../model/guide.model.ts';
import { changedFields, recordChange } from '../model/history.repository.ts';
import { created, updated } from './stamps.ts';

export type OrganizationInput = Pick<Organization, 'name' | 'alternateName' | 'kind' | 'description' | 'email' | 'website'>;

function organizationRow(input: OrganizationInput) {
  return {
    name: input.name,
    alternate_name: input.alternateName,
    kind: input.kind,
    description: input.description,
    email: input.email,
    website: input.website,
  };
}

/** Adds or changes an organisation; a new one counts as verified by whoever made it. */
export async function saveOrganization(db: DbOrTx, districtId: string, id: string | null, input: OrganizationInput, actor: Actor) {
  const row = organizationRow(input);
  const before = id === null ? undefined : await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  const entryId = id ?? newId();
  if (before === undefined)
    await db
      .insertInto('organizations')
      .values({ id: entryId, district_id: districtId, ...row, ...created(actor) })
      .execute();
  else
    await db
      .updateTable('organizations')
      .set({ ...row, ...updated(actor) })
      .where('id', '=', entryId)
      .execute();
  const details = changedFields(before, row);
  await recordChange(db, { districtId, entryType: 'organization', entryId, action: before ? 'updated' : 'created', details }, actor);
  return entryId;
}
