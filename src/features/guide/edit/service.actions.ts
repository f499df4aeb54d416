import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import { actorOf } from '../model/actor.ts';
import { reindexAround } from '../search/index.repository.ts';
import type { EditSubject } from './access.ts';
import { serviceChoices } from './choices.ts';
import type { ServiceForm } from './edit.schema.ts';
import { setMainPhone } from './phones.repository.ts';
import { checkService } from './service.rules.ts';
import { saveService } from './services.repository.ts';

/**
 * Adds or changes an offer. Everything chosen must be among the choices the form offered;
 * the index is rebuilt around the old and the new organisation and the places.
 */
export function editService(ctx: ActionContext, subject: EditSubject, form: ServiceForm): Promise<Outcome<string>> {
  const { district } = subject;
  return runAction(ctx, async (trx) => {
    const { errors, input } = checkService(form, await serviceChoices(trx, subject.user, district));
    if (Object.keys(errors).length > 0) return { ok: false, errors, status: 422 };
    const id = await saveService(trx, district.id, subject.id, input, actorOf(ctx));
    await setMainPhone(trx, { column: 'service_id', id }, form.phone);
    const organizationIds = [input.organizationId, ...(subject.organizationId === null ? [] : [subject.organizationId])];
    await reindexAround(trx, district.id, { organizationIds, locationIds: input.locationIds });
    return success(id);
  });
}
