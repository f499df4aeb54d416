import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';

/**
 * The forms edit one phone number per entry: the first one. Clearing it removes that one;
 * other numbers (from an HSDS import) stay.
 */
export async function setMainPhone(
  db: DbOrTx,
  owner: { column: 'organization_id' | 'location_id' | 'service_id'; id: string },
  number: string | null,
): Promise<void> {
  const first = await db.selectFrom('phones').select(['id', 'number']).where(owner.column, '=', owner.id).orderBy('id').executeTakeFirst();
  if (first?.number === number) return;
  if (first && number === null) await db.deleteFrom('phones').where('id', '=', first.id).execute();
  else if (first && number !== null) await db.updateTable('phones').set({ number }).where('id', '=', first.id).execute();
  else if (number !== null) {
    await db
      .insertInto('phones')
      .values({
        id: newId(),
        organization_id: null,
        location_id: null,
        service_id: null,
        [owner.column]: owner.id,
        number,
        description: '',
      })
      .execute();
  }
}
