import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import { actorOf } from '../model/actor.ts';
import { reindexAround } from '../search/index.repository.ts';
import type { EditSubject } from './access.ts';
import type { OrganizationForm } from './edit.schema.ts';
import { saveOrganization } from './organizations.repository.ts';
import { setMainPhone } from './phones.repository.ts';

/** Adds or changes an organisation with its main phone number; it is findable as it is now at once. */
export function editOrganization(ctx: ActionContext, subject: EditSubject, input: OrganizationForm): Promise<Outcome<string>> {
  const { district } = subject;
  return runAction(ctx, async (trx) => {
    const entry = { ...input, description: input.description ?? '' };
    const id = await saveOrganization(trx, district.id, subject.id, entry, actorOf(ctx));
    await setMainPhone(trx, { column: 'organization_id', id }, input.phone);
    await reindexAround(trx, district.id, { organizationIds: [id] });
    return success(id);
  });
}
