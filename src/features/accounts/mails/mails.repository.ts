import type { DbOrTx } from '../../../platform/db/schema.ts';

/**
 * The district a mail in the outbox is about (null: none), for the audit log. A stand-in
 * until the platform's `FailingMail` carries its district.
 */
export async function districtOfMail(db: DbOrTx, id: string): Promise<string | null> {
  const row = await db.selectFrom('mail_outbox').select('district_id').where('id', '=', id).executeTakeFirst();
  return row?.district_id ?? null;
}
