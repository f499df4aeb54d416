import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import type { FieldErrors } from '../../../platform/http/forms.ts';
import { readBuurtCodes, readPostcodes, type CsvProblem } from './postcode-csv.rules.ts';
import { buurtCodesOf, replaceBuurtCodes, replacePostcodes } from './postcodes.repository.ts';
import type { ImportInput } from './postcodes.schema.ts';

/** At most this many problems are listed; the count says how many there were. */
const SHOWN = 50;

/** The problems as form errors: the first on the field itself (linked, red edge), the others each on a line of their own. */
function problemsAsErrors(field: 'codes' | 'postcodes', problems: readonly CsvProblem[], errors: FieldErrors): void {
  for (const [i, p] of problems.slice(0, SHOWN).entries()) {
    // Each message of a line says "Regel {line}: …" itself.
    errors[i === 0 ? field : `${field}@${i}`] = { code: p.code, params: { ...p.params, line: p.line } };
  }
  if (problems.length > SHOWN) errors[`${field}@more`] = { code: 'portal.postcodes.csv.more', params: { count: problems.length - SHOWN } };
}

export interface ImportResult {
  lines: number;
  codes: number;
}

/** Reads both tables; problems anywhere and nothing is written. */
async function readBoth(db: DbOrTx, district: District, input: ImportInput) {
  const buurten = await listBuurten(db, district.id);
  const codes = input.codes === null ? { codes: await buurtCodesOf(db, district.id), problems: [] } : readBuurtCodes(input.codes, buurten);
  const postcodes = readPostcodes(input.postcodes, codes.codes);
  const errors: FieldErrors = {};
  problemsAsErrors('codes', codes.problems, errors);
  // Lines of the postcode table are only checked against codes that were read without problems.
  problemsAsErrors('postcodes', codes.problems.length > 0 ? [] : postcodes.problems, errors);
  return { codes: codes.codes, places: postcodes.places, errors, givenCodes: input.codes !== null };
}

/** An administrator replaces the district's postcode table: checked whole, then all of it or nothing. */
export function importPostcodes(ctx: ActionContext, district: District, input: ImportInput): Promise<Outcome<ImportResult>> {
  return runAction(ctx, async (trx) => {
    const read = await readBoth(trx, district, input);
    if (Object.keys(read.errors).length > 0) return { ok: false, errors: read.errors, status: 422 };
    if (read.givenCodes) await replaceBuurtCodes(trx, district.id, read.codes);
    await replacePostcodes(trx, district.id, read.places, { demo: false, at: ctx.now.toISOString(), by: ctx.user?.id ?? null });
    const result = { lines: read.places.length, codes: read.codes.size };
    await audit(trx, ctx, {
      action: 'portal.postcodes.imported',
      subjectType: 'district',
      subjectId: district.id,
      districtId: district.id,
      details: result,
    });
    return success(result);
  });
}
