import type { DbOrTx } from '../../../platform/db/schema.ts';
import { bodiesOf, programmesOfDistrict, servedDistricts, signatoriesOf, type Body, type Programme } from './programmes.repository.ts';
import { signatoriesOfDistrict, type SignatoryInDistrict } from './programmes.rules.ts';

export interface CityProgramme {
  programme: Programme;
  bodies: Body[];
  /** The city-wide signatories that serve this district. */
  signatories: SignatoryInDistrict[];
  /** How many signed city-wide. */
  signed: number;
  /** The other signatories, which no seed places in this district. */
  others: string[];
}

/** The city-wide programmes a district takes part in, as the district sees them: held once, shown here. */
export async function cityProgrammesOf(db: DbOrTx, districtId: string): Promise<CityProgramme[]> {
  const programmes = (await programmesOfDistrict(db, districtId)).filter((p) => p.scope === 'city');
  return Promise.all(
    programmes.map(async (programme) => {
      const signatories = await signatoriesOf(db, programme.id);
      const served = await servedDistricts(db, programme.id);
      const here = new Set(served.filter((d) => d.districtId === districtId).map((d) => d.signatoryId));
      return {
        others: signatories.filter((s) => !here.has(s.id)).map((s) => s.name),
        programme,
        bodies: await bodiesOf(db, programme.id),
        signatories: signatoriesOfDistrict(signatories, served, districtId),
        signed: signatories.length,
      };
    }),
  );
}
