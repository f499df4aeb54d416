import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Actor } from '../model/actor.ts';
import type { Contact } from '../model/guide.model.ts';
import { changedFields, recordChange } from '../model/history.repository.ts';
import { updated } from './stamps.ts';

export type ContactInput = Omit<Contact, 'id'>;

export async function saveContact(db: DbOrTx, districtId: string, id: string | null, input: ContactInput, actor: Actor) {
  const row = {
    organization_id: input.organizationId,
    location_id: input.locationId,
    buurt_id: input.buurtId,
    name: input.name,
    title: input.title,
    contact_for: input.contactFor,
    email: input.email,
    phone: input.phone,
  };
  const before = id === null ? undefined : await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
  const entryId = id ?? newId();
  if (before === undefined) {
    await db
      .insertInto('contacts')
      .values({ id: entryId, ...row, user_id: null, created_at: actor.at, ...updated(actor) })
      .execute();
  } else
    await db
      .updateTable('contacts')
      .set({ ...row, ...updated(actor) })
      .where('id', '=', entryId)
      .execute();
  await recordChange(
    db,
    { districtId, entryType: 'contact', entryId, action: before ? 'updated' : 'created', details: changedFields(before, row) },
    actor,
  );
  return entryId;
}

export async function deleteContact(db: DbOrTx, districtId: string, id: string, actor: Actor): Promise<void> {
  const before = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
  await db.deleteFrom('contacts').where('id', '=', id).execute();
  await recordChange(
    db,
    { districtId, entryType: 'contact', entryId: id, action: 'deleted', details: { name: [before?.name, null] } },
    actor,
  );
}

/** The organisation a contact person belongs to, if there is such a person. */
export async function organizationOfContact(db: DbOrTx, id: string): Promise<string | undefined> {
  return (await db.selectFrom('contacts').select('organization_id').where('id', '=', id).executeTakeFirst())?.organization_id;
}
