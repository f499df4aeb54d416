import type { DbOrTx } from '../../../platform/db/schema.ts';
import { programmesOfDistrict } from '../programmes/programmes.repository.ts';
import type { ProgrammeKind } from '../programmes/programmes.rules.ts';
import { programmes, type Programme } from './settings.rules.ts';

export interface PactSettings {
  pactName: string | null;
  /** The lead programme: it decides the instruments and rhythm of the district's pages. */
  programme: Programme;
  /** Every programme the district takes part in. */
  programmes: ProgrammeKind[];
}

export async function settingsOf(db: DbOrTx, districtId: string): Promise<PactSettings> {
  const row = await db.selectFrom('pact_settings').selectAll().where('district_id', '=', districtId).executeTakeFirst();
  const programme = programmes.find((p) => p === row?.programme) ?? 'wijkpact';
  const kinds = (await programmesOfDistrict(db, districtId)).map((p) => p.kind);
  return { pactName: row?.pact_name ?? null, programme, programmes: kinds };
}

export async function saveSettings(db: DbOrTx, districtId: string, settings: { pactName: string; programme: Programme }, at: string) {
  await db
    .insertInto('pact_settings')
    .values({ district_id: districtId, pact_name: settings.pactName, programme: settings.programme, updated_at: at })
    .onConflict((oc) =>
      oc.column('district_id').doUpdateSet({ pact_name: settings.pactName, programme: settings.programme, updated_at: at }),
    )
    .execute();
}
