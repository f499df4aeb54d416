import type { DbOrTx } from '../../../platform/db/schema.ts';
import { contactsOfDistrict } from '../../guide/index.ts';
import './networks.tables.ts';

/** @public A buurt's network as the district's table shows it; the assistant is the guide's named contact for the buurt. */
export interface BuurtNetwork {
  buurtId: string;
  buurtSlug: string;
  buurtName: string;
  /** null: not known yet (an empty cell in seed 004's table). */
  name: string | null;
  assistant: { id: string; name: string; phone: string | null; email: string | null } | null;
  availability: string;
}

/** Every buurt of the district with its network (a buurt without a row has nothing known yet). */
export async function networksOfDistrict(db: DbOrTx, districtId: string): Promise<BuurtNetwork[]> {
  const rows = await db
    .selectFrom('buurten as b')
    .leftJoin('portal_buurt_networks as n', 'n.buurt_id', 'b.id')
    .select(['b.id', 'b.slug', 'b.name as buurtName', 'n.name', 'n.availability'])
    .where('b.district_id', '=', districtId)
    .orderBy('b.name')
    .execute();
  const contacts = await contactsOfDistrict(db, districtId);
  return rows.map((r) => {
    const contact = contacts.find((c) => c.buurtId === r.id);
    return {
      buurtId: r.id,
      buurtSlug: r.slug,
      buurtName: r.buurtName,
      name: r.name === '' ? null : r.name,
      assistant: contact === undefined ? null : { id: contact.id, name: contact.name, phone: contact.phone, email: contact.email },
      availability: r.availability ?? '',
    };
  });
}

export interface NetworkRow {
  name: string | null;
  availability: string;
}

/** Writes one buurt's network (insert or replace). */
export async function saveNetwork(
  db: DbOrTx,
  at: { districtId: string; buurtId: string; when: string; by: string | null },
  row: NetworkRow,
): Promise<void> {
  const values = { name: row.name, availability: row.availability, updated_at: at.when, updated_by: at.by };
  await db
    .insertInto('portal_buurt_networks')
    .values({ buurt_id: at.buurtId, district_id: at.districtId, ...values })
    .onConflict((oc) => oc.column('buurt_id').doUpdateSet(values))
    .execute();
}
