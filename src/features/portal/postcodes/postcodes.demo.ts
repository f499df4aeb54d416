import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictBySlug, listBuurten } from '../../../platform/geography/geography.repository.ts';
import { readBuurtCodes, readPostcodes } from './postcode-csv.rules.ts';
import { replaceBuurtCodes, replacePostcodes } from './postcodes.repository.ts';

/**
 * A MADE-UP table for the demo: the codes are not CBS codes, the streets do not exist and
 * the letters of the postcodes are not the real ones of these buurten. The page says so
 * (`demo` = 1) until an administrator imports the real table. Only the first four digits
 * (358x for Oost, 356x for Overvecht) follow the real areas.
 */
const demo: Record<string, { codes: string; postcodes: string }> = {
  oost: {
    codes: `buurtcode,buurt
DEMO-O01,Buiten Wittevrouwen
DEMO-O02,Tolsteegsingel
DEMO-O03,Sterrenwijk
DEMO-O04,Watervogelbuurt
DEMO-O05,Lodewijk Napoleonplantsoen
DEMO-O06,Rubenslaan
DEMO-O07,Schildersbuurt
DEMO-O08,Abstede
DEMO-O09,Oudwijk
DEMO-O10,Wilhelminapark
DEMO-O11,De Uithof
DEMO-O12,Rijnsweerd-Zuid
DEMO-O13,Rijnsweerd-Noord
DEMO-O14,Galgenwaard
DEMO-O15,Maarschalkerweerd`,
    postcodes: `postcode,huisnummer_van,huisnummer_tot,straat,buurtcode
3581 AA,,,Voorbeeldstraat,DEMO-O01
3581 AB,,,Voorbeeldlaan,DEMO-O03
3581 AC,,,Voorbeeldplein,DEMO-O04
3582 AA,,,Proefstraat,DEMO-O02
3582 AB,1,20,Voorbeeldsingel,DEMO-O09
3582 AB,21,40,Voorbeeldsingel,DEMO-O08
3582 AC,,,Proeflaan,DEMO-O10
3583 AA,,,Oefenstraat,DEMO-O05
3583 AB,,,Oefenlaan,DEMO-O06
3583 AC,,,Oefenplein,DEMO-O07
3584 AA,,,Proefplein,DEMO-O11
3584 AB,,,Testlaan,DEMO-O12
3584 AC,,,Teststraat,DEMO-O13
3585 AA,,,Testplein,DEMO-O14
3585 AB,,,Proefweg,DEMO-O15`,
  },
  overvecht: {
    codes: `buurtcode,buurt
DEMO-V01,Overvecht-Noord
DEMO-V02,Overvecht-Zuid`,
    postcodes: `postcode,huisnummer_van,huisnummer_tot,straat,buurtcode
3562 AA,,,Voorbeelddreef,DEMO-V01
3563 AA,,,Proefdreef,DEMO-V02`,
  },
};

/** Loads the made-up tables through the same checks as an import; a mistake here stops the demo loudly. */
export async function seedDemoPostcodes(db: DbOrTx, at: string): Promise<void> {
  for (const [slug, tables] of Object.entries(demo)) {
    const district = await findDistrictBySlug(db, slug);
    if (district === undefined) continue;
    const codes = readBuurtCodes(tables.codes, await listBuurten(db, district.id));
    const places = readPostcodes(tables.postcodes, codes.codes);
    if (codes.problems.length > 0 || places.problems.length > 0) throw new Error(`demo postcodes of ${slug} do not read`);
    await replaceBuurtCodes(db, district.id, codes.codes);
    await replacePostcodes(db, district.id, places.places, { demo: true, at, by: null });
  }
}
