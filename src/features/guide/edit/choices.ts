import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { listBuurten, type District } from '../../../platform/geography/geography.repository.ts';
import { locationsOfDistrict, organizationsOfDistrict } from '../directory/organizations.repository.ts';
import { editableOrganizations } from '../model/entries.rules.ts';
import { filterTerms } from '../model/taxonomy.ts';
import { cachedTerms } from '../model/terms.repository.ts';
import { languageCodes } from './edit.schema.ts';

/** The organisations a person may choose for an entry: all of the district's, or their own. */
async function organizationChoices(db: DbOrTx, user: CurrentUser, district: District) {
  const all = await organizationsOfDistrict(db, district.id);
  const allowed = editableOrganizations(user.roles, district.id);
  return allowed === 'all' ? all : all.filter((o) => allowed.includes(o.id));
}

export async function locationChoices(db: DbOrTx, user: CurrentUser, district: District) {
  return { buurten: await listBuurten(db, district.id), organizations: await organizationChoices(db, user, district) };
}

/** Everything an offer's form lets one choose: buurten, own organisations, places, themes, audiences, languages. */
export async function serviceChoices(db: DbOrTx, user: CurrentUser, district: District) {
  const terms = await cachedTerms(db);
  return {
    ...(await locationChoices(db, user, district)),
    locations: await locationsOfDistrict(db, district.id),
    themes: filterTerms(terms, 'thema'),
    audiences: filterTerms(terms, 'voor-wie'),
    languages: languageCodes,
  };
}
export type ServiceChoices = Awaited<ReturnType<typeof serviceChoices>>;
