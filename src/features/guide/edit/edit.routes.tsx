import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { parseForm, type FormValues } from '../../../platform/http/forms.ts';
import { HttpProblem, requireUser } from '../../../platform/http/guards.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { mainPhone, saveOrganization, setMainPhone } from './changes.repository.ts';
import { entryPath } from '../common/common.views.tsx';
import {
  actorOf,
  changeAndReindex,
  editableEntry,
  mayAddFor,
  signedIn,
  type EditKit,
  type EditRequest,
  type Editable,
} from './edit.access.ts';
import { ContactEditor } from './edit.parts.views.tsx';
import { editPage, organizationFields } from './edit.views.tsx';
import { loadDataset } from '../model/dataset.repository.ts';
import type { Organization } from '../model/guide.model.ts';
import { organizationForm } from './edit.schema.ts';
import { districtOf } from '../search/search.routes.tsx';

const orgValues = (o: Organization): FormValues => ({
  name: o.name,
  alternateName: o.alternateName ?? '',
  kind: o.kind,
  description: o.description,
  email: o.email ?? '',
  website: o.website ?? '',
});

export const labelsOf = (request: FastifyRequest, fields: readonly string[]) =>
  Object.fromEntries(fields.map((f) => [f, request.t(`guide.field.${f}`)]));

export type RenderOrganization = (
  request: EditRequest,
  reply: FastifyReply,
  id: string | null,
  form: FormState,
  status?: number,
  contact?: FormState,
) => Promise<FastifyReply>;

/** Organisations: coordinators add them; a partner contact edits their own, with its contact persons. */
export function organizationEditRoutes(app: FastifyInstance, deps: AppDeps, kit: EditKit): RenderOrganization {
  const { db } = deps.database;
  const user = { preHandler: requireUser };

  const render: RenderOrganization = async (request, reply, id, form, status = 200, contact = emptyForm) => {
    const district = districtOf(request);
    const data = id === null ? null : await loadDataset(db, { districtId: district.id, organizationIds: [id] });
    const org = data?.organizations.find((o) => o.id === id);
    const frame = await kit.frame(request, 'organization', id, org);
    const labels = labelsOf(request, ['name', 'alternateName', 'kind', 'description', 'phone', 'email', 'website']);
    const contacts = data?.contacts.filter((c) => c.organizationId === id) ?? [];
    const locations = data?.locations.filter((l) => l.organizationId === id) ?? [];
    const below = (ctx: Parameters<typeof organizationFields>[0]) =>
      id === null ? (
        ''
      ) : (
        <ContactEditor
          ctx={ctx}
          action={`${entryPath(district, 'organization', id)}/contactpersonen`}
          contacts={contacts}
          form={contact}
          locations={locations}
        />
      );
    return sendPage(request, reply, (ctx) => editPage(ctx, frame, form, labels, organizationFields(ctx, form, labels), below(ctx)), status);
  };

  app.get('/:district/gids/organisaties/nieuw', user, async (request: EditRequest, reply) => {
    if (!mayAddFor(signedIn(request), districtOf(request), null)) throw new HttpProblem(403);
    return render(request, reply, null, { values: { kind: 'partner' }, errors: {} });
  });

  app.get('/:district/gids/organisaties/:id/bewerken', user, async (request: EditRequest, reply) => {
    const e = await editableEntry(db, request, 'organization', request.params.id);
    const data = await loadDataset(db, { districtId: e.district.id, organizationIds: [e.id] });
    const org = data.organizations.find((o) => o.id === e.id);
    if (org === undefined) throw new HttpProblem(404);
    return render(request, reply, e.id, { values: { ...orgValues(org), phone: mainPhone(data.phones, e.id) }, errors: {} });
  });

  async function save(request: EditRequest, reply: FastifyReply, e: Pick<Editable, 'district' | 'user'> & { id: string | null }) {
    const form = parseForm(organizationForm, request.body);
    if (!form.ok) return render(request, reply, e.id, form, 422);
    const actor = actorOf(e.user, deps.clock.now());
    const id = await changeAndReindex(
      db,
      e.district.id,
      async (trx) => {
        const saved = await saveOrganization(trx, e.district.id, e.id, form.data, actor);
        await setMainPhone(trx, { column: 'organization_id', id: saved }, form.data.phone);
        return saved;
      },
      (saved) => ({ organizationIds: [saved] }),
    );
    return kit.done(reply, e.district, 'organization', id);
  }

  app.post('/:district/gids/organisaties/nieuw', user, async (request: EditRequest, reply) => {
    const district = districtOf(request);
    if (!mayAddFor(signedIn(request), district, null)) throw new HttpProblem(403);
    return save(request, reply, { district, user: signedIn(request), id: null });
  });

  app.post('/:district/gids/organisaties/:id/bewerken', user, async (request: EditRequest, reply) =>
    save(request, reply, await editableEntry(db, request, 'organization', request.params.id)),
  );
  return render;
}
