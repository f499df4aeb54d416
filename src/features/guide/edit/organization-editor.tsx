import { entryPath } from '../common/paths.ts';
import { ContactEditor } from './contact-editor.views.tsx';
import type { FormValues } from '../../../platform/http/forms.ts';
import type { KindOf } from './kind.ts';
import { organizationFields } from './organization-fields.views.tsx';
import { mainPhone, organizationValues } from './values.ts';

const labels = ['name', 'alternateName', 'kind', 'description', 'phone', 'email', 'website'];

/** An organisation's edit page: its contact persons are edited below it. */
export const organizationKind: KindOf = (_db, _request, { district, id }, data) => {
  const org = data?.organizations.find((o) => o.id === id);
  const contacts = data?.contacts.filter((c) => c.organizationId === id) ?? [];
  const locations = data?.locations.filter((l) => l.organizationId === id) ?? [];
  const values: FormValues =
    org === undefined || data === null ? { kind: 'partner' } : { ...organizationValues(org), phone: mainPhone(data.phones, org.id) };
  return Promise.resolve({
    entry: org,
    values,
    labels,
    fields: (ctx, form, l) => organizationFields(ctx, form, l),
    parts: (ctx, form) => (
      <ContactEditor
        ctx={ctx}
        action={`${entryPath(district, 'organization', id ?? '')}/contactpersonen`}
        contacts={contacts}
        form={form}
        locations={locations}
      />
    ),
  });
};
