import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt } from '../../../platform/geography/geography.repository.ts';
import type { FieldErrors } from '../../../platform/http/forms.ts';
import { isOrganizationOf } from '../directory/organizations.repository.ts';
import { actorOf } from '../model/actor.ts';
import { mayAddFor } from '../model/entries.rules.ts';
import { reindexAround } from '../search/index.repository.ts';
import type { EditSubject } from './access.ts';
import type { LocationForm } from './edit.schema.ts';
import { saveLocation } from './locations.repository.ts';
import { setMainPhone } from './phones.repository.ts';

/** The place's buurt must be one of the district's; its organisation one the person may add places for, or none. */
async function placeProblems(trx: DbOrTx, subject: EditSubject, input: LocationForm) {
  const { district } = subject;
  const buurt = input.buurt === null ? undefined : await findBuurt(trx, district.id, input.buurt);
  const organizationId = input.organizationId;
  const errors: FieldErrors = {};
  if (input.buurt !== null && buurt === undefined) errors.buurt = { code: 'validation.choice' };
  if (!mayAddFor(subject.user.roles, district.id, organizationId)) errors.organizationId = { code: 'guide.field.organizationId.notYours' };
  else if (organizationId !== null && !(await isOrganizationOf(trx, district.id, organizationId)))
    errors.organizationId = { code: 'validation.choice' };
  return { errors, buurtId: buurt?.id ?? null };
}

/** Adds or changes a place (a partner contact: of their own organisation), with its main phone number. */
export function editLocation(ctx: ActionContext, subject: EditSubject, input: LocationForm): Promise<Outcome<string>> {
  const { district } = subject;
  return runAction(ctx, async (trx) => {
    const { errors, buurtId } = await placeProblems(trx, subject, input);
    if (Object.keys(errors).length > 0) return { ok: false, errors, status: 422 };
    const { organizationId } = input;
    const entry = {
      ...input,
      buurtId,
      description: input.description ?? '',
      transportation: input.transportation ?? '',
      accessibilityDescription: input.accessibilityDescription ?? '',
    };
    const id = await saveLocation(trx, district.id, subject.id, entry, actorOf(ctx));
    await setMainPhone(trx, { column: 'location_id', id }, input.phone);
    await reindexAround(trx, district.id, { locationIds: [id], organizationIds: organizationId === null ? [] : [organizationId] });
    return success(id);
  });
}
