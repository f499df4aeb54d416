import type { DemoContext } from '../partners/partners.demo.ts';
import data from './programmes.demo.json' with { type: 'json' };
import { insertBody, insertSignatory, programmesOfDistrict, serveDistrict, type Body } from './programmes.repository.ts';

/**
 * Seed 003: the city-wide programme Thuis in je Wijk, held once. Annex 1 and 3: its regiegroep,
 * agenda group, work groups, residents' advisory group and board members. Annex 4: the 34
 * signatories of the Akkoord with who signed; the seed gives no date, so none is stored. A
 * signatory serves the districts whose core team annex 3 lists it in; its city-wide role is
 * its seat in the regiegroep (annex 1), else unknown.
 */
const demo = data as {
  bodies: Omit<Body, 'id'>[];
  signatories: { name: string; signedBy: string | null; role: string | null; districts: string[] }[];
};

const districtRole = 'Doet mee in het kernteam van de wijk (bijlage 3)';

export async function seedDemoProgrammes(c: DemoContext): Promise<void> {
  const first = c.tijw[0];
  if (first === undefined) return;
  const city = (await programmesOfDistrict(c.db, first.id)).find((p) => p.kind === 'thuis_in_je_wijk' && p.scope === 'city');
  if (city === undefined) throw new Error('no city-wide Thuis in je Wijk programme');
  for (const [position, body] of demo.bodies.entries()) await insertBody(c.db, city.id, body, position);
  for (const [position, s] of demo.signatories.entries()) {
    const id = await insertSignatory(c.db, city.id, { name: s.name, signedBy: s.signedBy, signedOn: null, role: s.role }, position);
    for (const slug of s.districts) {
      const district = c.tijw.find((d) => d.slug === slug);
      if (district !== undefined) await serveDistrict(c.db, id, district.id, districtRole);
    }
  }
}
