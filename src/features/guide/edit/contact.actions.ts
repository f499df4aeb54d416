import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { actorOf } from '../model/actor.ts';
import { isEntryId } from '../model/ids.ts';
import { reindexAround } from '../search/index.repository.ts';
import type { EditSubject } from './access.ts';
import { deleteContact, organizationOfContact, saveContact } from './contacts.repository.ts';
import { ownerOfPlace } from './locations.repository.ts';
import type { ContactForm } from './parts.schema.ts';

type Organization = EditSubject & { id: string };

/** Names a person of an organisation, and what to call them for; their place must be one of the organisation's. */
export function addContactPerson(ctx: ActionContext, organization: Organization, form: ContactForm): Promise<Outcome> {
  const { district, id } = organization;
  return runAction(ctx, async (trx) => {
    const place = form.contactLocation === null ? undefined : await ownerOfPlace(trx, form.contactLocation);
    if (form.contactLocation !== null && place?.organizationId !== id) return refusal('validation.choice', { field: 'contactLocation' });
    const contact = {
      organizationId: id,
      locationId: form.contactLocation,
      buurtId: null,
      name: form.contactName,
      title: form.contactTitle,
      contactFor: form.contactFor,
      email: form.contactEmail,
      phone: form.contactPhone,
    };
    await saveContact(trx, district.id, null, contact, actorOf(ctx));
    await reindexAround(trx, district.id, { organizationIds: [id] });
    return success();
  });
}

/** Removes a person of this organisation; a person of another one is not found here (404). */
export function removeContactPerson(ctx: ActionContext, organization: Organization, contactId: string): Promise<Outcome> {
  const { district, id } = organization;
  return runAction(ctx, async (trx) => {
    if (!isEntryId(contactId) || (await organizationOfContact(trx, contactId)) !== id) return refusal('error.404.body', { status: 404 });
    await deleteContact(trx, district.id, contactId, actorOf(ctx));
    await reindexAround(trx, district.id, { organizationIds: [id] });
    return success();
  });
}
