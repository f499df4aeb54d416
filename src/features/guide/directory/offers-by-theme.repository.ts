import type { DbOrTx } from '../../../platform/db/schema.ts';
import { termIdOf } from '../model/taxonomy.ts';

/**
 * How many active offers there are for one buurt per kind of question ("Waar kan ik terecht
 * met…"), keyed by the theme's code. An offer without buurten of its own is for the whole
 * district, so it counts in every buurt (as the guide's search finds it there).
 */
export async function offersByTheme(db: DbOrTx, districtId: string, buurtId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('services as s')
    .innerJoin('service_terms as st', 'st.service_id', 's.id')
    .innerJoin('taxonomy_terms as t', 't.id', 'st.term_id')
    .select(['t.code', (eb) => eb.fn.count<string>('s.id').distinct().as('n')])
    .where('s.district_id', '=', districtId)
    .where('s.status', '=', 'active')
    .where('t.parent_id', '=', termIdOf('thema', 'vraag'))
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('service_buurten as sb')
            .select('sb.service_id')
            .whereRef('sb.service_id', '=', 's.id')
            .where('sb.buurt_id', '=', buurtId),
        ),
        eb.not(eb.exists(eb.selectFrom('service_buurten as sb').select('sb.service_id').whereRef('sb.service_id', '=', 's.id'))),
      ]),
    )
    .groupBy('t.code')
    .execute();
  return new Map(rows.map((r) => [r.code, Number(r.n)]));
}
