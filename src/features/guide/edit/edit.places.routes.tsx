import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/schema.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten, type Buurt, type District } from '../../../platform/geography/geography.repository.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../../platform/http/forms.ts';
import { HttpProblem, requireUser } from '../../../platform/http/guards.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import { emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { mainPhone, saveLocation, saveService, setMainPhone } from './changes.repository.ts';
import { entryPath } from '../common/common.views.tsx';
import { actorOf, changeAndReindex, editableEntry, mayAddFor, signedIn, type EditKit, type EditRequest } from './edit.access.ts';
import { labelsOf } from './edit.routes.tsx';
import { ScheduleEditor } from './edit.parts.views.tsx';
import { editPage, locationFields, serviceFields, type EditFrame } from './edit.views.tsx';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { listTerms, loadDataset } from '../model/dataset.repository.ts';
import type { Location, OwnedSchedule, Service } from '../model/guide.model.ts';
import { editableOrganizations } from '../model/entries.rules.ts';
import { locationForm, serviceForm } from './edit.schema.ts';
import { locationsOfDistrict, organizationsOfDistrict } from '../directory/organizations.repository.ts';
import { districtOf } from '../search/search.routes.tsx';
import { filterTerms } from '../model/taxonomy.ts';

const languageCodes = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti', 'so', 'zgh', 'de', 'fr', 'es', 'ngt'] as const;

const locationLabels = [
  'name',
  'organizationId',
  'description',
  'streetAddress',
  'postalCode',
  'phone',
  'buurt',
  'isMeetingPlace',
  'transportation',
  'accessibilityDescription',
];
const serviceLabels = [
  'organizationId',
  'name',
  'phone',
  'alternateName',
  'description',
  'active',
  'isInformal',
  'costKind',
  'costAmount',
  'costDescription',
  'eligibilityDescription',
  'applicationProcess',
  'url',
  'email',
  'terms',
  'audiences',
  'buurten',
  'locations',
  'languages',
];

function locationValues(l: Location, buurten: readonly Buurt[]): FormValues {
  return {
    name: l.name,
    organizationId: l.organizationId ?? '',
    description: l.description,
    streetAddress: l.streetAddress ?? '',
    postalCode: l.postalCode ?? '',
    buurt: buurten.find((b) => b.id === l.buurtId)?.slug ?? '',
    isMeetingPlace: l.isMeetingPlace ? 'ja' : '',
    transportation: l.transportation,
    accessibilityDescription: l.accessibilityDescription,
  };
}

function serviceValues(s: Service, locationIds: string[], buurten: readonly Buurt[], audiences: Set<string>): FormValues {
  return {
    organizationId: s.organizationId,
    name: s.name,
    alternateName: s.alternateName ?? '',
    description: s.description,
    active: s.status === 'active' ? 'ja' : '',
    isInformal: s.isInformal ? 'ja' : '',
    costKind: s.costKind,
    costAmount: s.costCents === null ? '' : (s.costCents / 100).toFixed(2).replace('.', ','),
    costDescription: s.costDescription,
    eligibilityDescription: s.eligibilityDescription,
    applicationProcess: s.applicationProcess,
    url: s.url ?? '',
    email: s.email ?? '',
    terms: s.termIds.filter((id) => !audiences.has(id)).join(','),
    audiences: s.termIds.filter((id) => audiences.has(id)).join(','),
    buurten: s.buurtIds.flatMap((id) => buurten.find((b) => b.id === id)?.slug ?? []).join(','),
    locations: locationIds.join(','),
    languages: s.languages.join(','),
  };
}

async function organizationChoices(db: AppDeps['database']['db'], user: CurrentUser, district: District) {
  const all = await organizationsOfDistrict(db, district.id);
  const allowed = editableOrganizations(user.roles, district.id);
  return allowed === 'all' ? all : all.filter((o) => allowed.includes(o.id));
}

/** An edit page with the schedule editor under the form, once the entry exists. */
function sendWithSchedules(
  request: EditRequest,
  reply: FastifyReply,
  page: {
    frame: EditFrame;
    form: FormState;
    labels: Record<string, string>;
    schedules: OwnedSchedule[];
    scheduleForm: FormState;
    fields: (ctx: PageContext) => JSX.Element;
  },
  status: number,
) {
  const { frame } = page;
  const below = (ctx: PageContext) =>
    frame.id === null ? (
      ''
    ) : (
      <ScheduleEditor
        ctx={ctx}
        action={`${entryPath(frame.district, frame.type, frame.id)}/tijden`}
        schedules={page.schedules}
        form={page.scheduleForm}
      />
    );
  return sendPage(request, reply, (ctx) => editPage(ctx, frame, page.form, page.labels, page.fields(ctx), below(ctx)), status);
}

export type RenderEntry = (
  request: EditRequest,
  reply: FastifyReply,
  id: string | null,
  form: FormState,
  status?: number,
  scheduleForm?: FormState,
) => Promise<FastifyReply>;

export function placeEditRoutes(app: FastifyInstance, deps: AppDeps, kit: EditKit): { location: RenderEntry; service: RenderEntry } {
  const { db } = deps.database;
  const user = { preHandler: requireUser };

  async function render(
    request: EditRequest,
    reply: FastifyReply,
    id: string | null,
    form: FormState,
    status = 200,
    scheduleForm = emptyForm,
  ) {
    const district = districtOf(request);
    const data = id === null ? null : await loadDataset(db, { districtId: district.id, locationIds: [id] });
    const place = data?.locations.find((l) => l.id === id);
    const frame = await kit.frame(request, 'location', id, place);
    const labels = labelsOf(request, locationLabels);
    const choices = {
      buurten: await listBuurten(db, district.id),
      organizations: await organizationChoices(db, signedIn(request), district),
    };
    const schedules = data?.schedules.filter((s) => s.locationId === id) ?? [];
    return sendWithSchedules(
      request,
      reply,
      { frame, form, labels, schedules, scheduleForm, fields: (ctx) => locationFields(ctx, form, labels, choices) },
      status,
    );
  }

  app.get('/:district/gids/plekken/nieuw', user, async (request: EditRequest, reply) => {
    if (editableOrganizations(signedIn(request).roles, districtOf(request).id).length === 0) throw new HttpProblem(403);
    return render(request, reply, null, { values: { organizationId: request.query.organisatie ?? '' }, errors: {} });
  });

  app.get('/:district/gids/plekken/:id/bewerken', user, async (request: EditRequest, reply) => {
    const e = await editableEntry(db, request, 'location', request.params.id);
    const data = await loadDataset(db, { districtId: e.district.id, locationIds: [e.id] });
    const place = data.locations.find((l) => l.id === e.id);
    if (place === undefined) throw new HttpProblem(404);
    const values = { ...locationValues(place, await listBuurten(db, e.district.id)), phone: mainPhone(data.phones, e.id) };
    return render(request, reply, e.id, { values, errors: {} });
  });

  async function save(request: EditRequest, reply: FastifyReply, id: string | null) {
    const district = districtOf(request);
    const person = signedIn(request);
    const form = parseForm(locationForm, request.body);
    if (!form.ok) return render(request, reply, id, form, 422);
    const buurt = form.data.buurt ? (await listBuurten(db, district.id)).find((b) => b.slug === form.data.buurt) : undefined;
    const orgId = form.data.organizationId ?? null;
    const errors: FieldErrors = {};
    if (form.data.buurt && buurt === undefined) errors.buurt = { code: 'validation.choice' };
    if (!mayAddFor(person, district, orgId)) errors.organizationId = { code: 'guide.field.organizationId.notYours' };
    if (Object.keys(errors).length > 0) return render(request, reply, id, { values: form.values, errors }, 422);
    const input = { ...form.data, organizationId: orgId, buurtId: buurt?.id ?? null };
    const saved = await changeAndReindex(
      db,
      district.id,
      async (trx) => {
        const saved = await saveLocation(trx, district.id, id, input, actorOf(person, deps.clock.now()));
        await setMainPhone(trx, { column: 'location_id', id: saved }, form.data.phone);
        return saved;
      },
      (placeId) => ({ locationIds: [placeId], organizationIds: orgId ? [orgId] : [] }),
    );
    return kit.done(reply, district, 'location', saved);
  }

  app.post('/:district/gids/plekken/nieuw', user, async (request: EditRequest, reply) => save(request, reply, null));
  app.post('/:district/gids/plekken/:id/bewerken', user, async (request: EditRequest, reply) => {
    await editableEntry(db, request, 'location', request.params.id);
    return save(request, reply, request.params.id);
  });

  return { location: render, service: serviceEditRoutes(app, deps, kit) };
}

type ServiceChoiceData = Awaited<ReturnType<typeof choicesOf>>;

/** Everything chosen must be one of the choices offered: buurten, themes, places, own organisations. */
function checkService(data: z.output<typeof serviceForm>, choices: ServiceChoiceData) {
  const errors: FieldErrors = {};
  const buurtIds = data.buurten.map((slug) => choices.buurten.find((b) => b.slug === slug)?.id ?? '');
  const known = new Set([...choices.themes, ...choices.audiences].map((t) => t.id));
  if (buurtIds.includes('')) errors.buurten = { code: 'validation.choice' };
  if ([...data.terms, ...data.audiences].some((t) => !known.has(t))) errors.terms = { code: 'validation.choice' };
  if (data.locations.some((l) => !choices.locations.some((c) => c.id === l))) errors.locations = { code: 'validation.choice' };
  if (!choices.organizations.some((o) => o.id === data.organizationId))
    errors.organizationId = { code: 'guide.field.organizationId.notYours' };
  const status = data.active ? ('active' as const) : ('inactive' as const);
  return { errors, input: { ...data, status, termIds: [...data.terms, ...data.audiences], buurtIds, locationIds: data.locations } };
}

async function choicesOf(db: Db, user: CurrentUser, district: District) {
  const terms = await listTerms(db);
  return {
    buurten: await listBuurten(db, district.id),
    organizations: await organizationChoices(db, user, district),
    locations: await locationsOfDistrict(db, district.id),
    themes: filterTerms(terms, 'thema'),
    audiences: filterTerms(terms, 'voor-wie'),
    languages: languageCodes,
  };
}

function serviceEditRoutes(app: FastifyInstance, deps: AppDeps, kit: EditKit): RenderEntry {
  const { db } = deps.database;
  const user = { preHandler: requireUser };

  const choicesFor = (request: EditRequest) => choicesOf(db, signedIn(request), districtOf(request));

  async function render(
    request: EditRequest,
    reply: FastifyReply,
    id: string | null,
    form: FormState,
    status = 200,
    scheduleForm = emptyForm,
  ) {
    const district = districtOf(request);
    const data = id === null ? null : await loadDataset(db, { districtId: district.id, serviceIds: [id] });
    const service = data?.services.find((s) => s.id === id);
    const frame = await kit.frame(request, 'service', id, service);
    const labels = labelsOf(request, serviceLabels);
    const choices = await choicesFor(request);
    const schedules = data?.schedules.filter((s) => s.serviceId === id) ?? [];
    return sendWithSchedules(
      request,
      reply,
      { frame, form, labels, schedules, scheduleForm, fields: (ctx) => serviceFields(ctx, form, labels, choices) },
      status,
    );
  }

  app.get('/:district/gids/aanbod/nieuw', user, async (request: EditRequest, reply) => {
    if (editableOrganizations(signedIn(request).roles, districtOf(request).id).length === 0) throw new HttpProblem(403);
    return render(request, reply, null, {
      values: { organizationId: request.query.organisatie ?? '', active: 'ja', costKind: 'free', languages: 'nl' },
      errors: {},
    });
  });

  app.get('/:district/gids/aanbod/:id/bewerken', user, async (request: EditRequest, reply) => {
    const e = await editableEntry(db, request, 'service', request.params.id);
    const data = await loadDataset(db, { districtId: e.district.id, serviceIds: [e.id] });
    const service = data.services.find((s) => s.id === e.id);
    if (service === undefined) throw new HttpProblem(404);
    const audiences = new Set(filterTerms(await listTerms(db), 'voor-wie').map((t) => t.id));
    const places = data.serviceAtLocations.filter((s) => s.serviceId === e.id).map((s) => s.locationId);
    return render(request, reply, e.id, {
      values: { ...serviceValues(service, places, await listBuurten(db, e.district.id), audiences), phone: mainPhone(data.phones, e.id) },
      errors: {},
    });
  });

  async function save(request: EditRequest, reply: FastifyReply, id: string | null, formerOrg: string | null = null) {
    const district = districtOf(request);
    const person = signedIn(request);
    const form = parseForm(serviceForm, request.body);
    if (!form.ok) return render(request, reply, id, form, 422);
    const { input, errors } = checkService(form.data, await choicesFor(request));
    if (Object.keys(errors).length > 0) return render(request, reply, id, { values: form.values, errors }, 422);
    const saved = await changeAndReindex(
      db,
      district.id,
      async (trx) => {
        const saved = await saveService(trx, district.id, id, input, actorOf(person, deps.clock.now()));
        await setMainPhone(trx, { column: 'service_id', id: saved }, input.phone);
        return saved;
      },
      () => ({ organizationIds: [form.data.organizationId, ...(formerOrg ? [formerOrg] : [])], locationIds: form.data.locations }),
    );
    return kit.done(reply, district, 'service', saved);
  }

  app.post('/:district/gids/aanbod/nieuw', user, async (request: EditRequest, reply) => save(request, reply, null));
  app.post('/:district/gids/aanbod/:id/bewerken', user, async (request: EditRequest, reply) => {
    const e = await editableEntry(db, request, 'service', request.params.id);
    return save(request, reply, e.id, e.organizationId);
  });
  return render;
}
