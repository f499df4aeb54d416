import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../platform/feature.ts';
import { parseForm, type FieldErrors } from '../../../platform/http/forms.ts';
import { HttpProblem, requireUser } from '../../../platform/http/guards.ts';
import { addSchedule, deleteContact, deleteSchedule, markVerified, saveContact } from './changes.repository.ts';
import {
  actorOf,
  changeAndReindex,
  editableEntry,
  idPattern,
  segmentOf,
  type EditKit,
  type EditRequest,
  type EditRoute,
} from './edit.access.ts';
import type { RenderEntry } from './edit.places.routes.tsx';
import type { RenderOrganization } from './edit.routes.tsx';
import { toSchedule } from '../model/dataset.repository.ts';
import type { EntryType, OwnedSchedule } from '../model/guide.model.ts';
import { contactForm, scheduleForm } from './edit.schema.ts';
import { scheduleProblems, type Schedule } from '../model/schedule.rules.ts';
import type { z } from 'zod';

type PartRequest = FastifyRequest<{ Params: { district: string; id: string; part: string }; Querystring: { melding?: string } }>;

const fieldOfProblem: Partial<Record<keyof Schedule, string>> = {
  byday: 'days',
  opensAt: 'opensAt',
  closesAt: 'closesAt',
  validFrom: 'validFrom',
  validTo: 'validTo',
  interval: 'interval',
};

type ScheduleData = z.output<typeof scheduleForm>;
const freqOf = { weekly: 'WEEKLY', monthly: 'MONTHLY', closed: null, changed: null } as const;

function bydayOf(data: ScheduleData): string {
  if (data.type === 'monthly') return data.days.map((d) => `${data.week}${d}`).join(',');
  return data.type === 'weekly' ? data.days.join(',') : '';
}

function errorsByField(problems: Partial<Record<keyof Schedule, string>>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, code] of Object.entries(problems)) errors[fieldOfProblem[field as keyof Schedule] ?? field] = { code };
  return errors;
}

/** The schedule form as an HSDS-like rule; problems come back by form field. */
function scheduleFromForm(data: ScheduleData): { schedule: Omit<Schedule, 'id'>; errors: FieldErrors } {
  const exception = data.type === 'closed' || data.type === 'changed' ? data.type : 'none';
  const closed = exception === 'closed';
  const schedule: Omit<Schedule, 'id'> = {
    kind: data.kind,
    freq: freqOf[data.type],
    interval: data.type === 'weekly' ? data.interval : 1,
    byday: bydayOf(data),
    opensAt: closed ? null : data.opensAt,
    closesAt: closed ? null : data.closesAt,
    validFrom: data.validFrom,
    validTo: exception !== 'none' && data.validTo === null ? data.validFrom : data.validTo,
    exception,
    description: data.note,
  };
  const errors = errorsByField(scheduleProblems(schedule));
  if (data.type === 'monthly' && data.week === '') errors.week = { code: 'guide.schedule.week.required' };
  return { schedule, errors };
}

export function partRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  kit: EditKit,
  render: { organization: RenderOrganization } & { location: RenderEntry; service: RenderEntry },
): void {
  const { db } = deps.database;
  const user = { preHandler: requireUser };

  for (const type of ['organization', 'location', 'service'] as const) {
    app.post(`/:district/gids/${segmentOf[type]}/:id/nagekeken`, user, async (request: EditRequest, reply) => {
      const e = await editableEntry(db, request, type, request.params.id);
      const actor = actorOf(e.user, deps.clock.now());
      await changeAndReindex(
        db,
        e.district.id,
        (trx) => markVerified(trx, e.district.id, type, e.id, actor),
        () => around(type, e.id, e.organizationId),
      );
      return kit.done(reply, e.district, type, e.id, 'nagekeken');
    });
  }

  for (const type of ['location', 'service'] as const) {
    app.post<EditRoute>(`/:district/gids/${segmentOf[type]}/:id/tijden`, user, async (request, reply: FastifyReply) => {
      const e = await editableEntry(db, request, type, request.params.id);
      const form = parseForm(scheduleForm, request.body);
      const checked = form.ok ? scheduleFromForm(form.data) : null;
      if (!form.ok || checked === null || Object.keys(checked.errors).length > 0) {
        const errors = form.ok ? (checked?.errors ?? {}) : form.errors;
        return render[type](request, reply, e.id, { values: {}, errors: {} }, 422, { values: form.values, errors });
      }
      const owner = type === 'location' ? { locationId: e.id, serviceId: null } : { serviceId: e.id, locationId: null };
      const actor = actorOf(e.user, deps.clock.now());
      await changeAndReindex(
        db,
        e.district.id,
        (trx) => addSchedule(trx, e.district.id, { ...checked.schedule, ...owner, serviceAtLocationId: null }, actor),
        () => around(type, e.id, e.organizationId),
      );
      return kit.done(reply, e.district, type, e.id, 'tijden');
    });

    app.post(`/:district/gids/${segmentOf[type]}/:id/tijden/:part/verwijderen`, user, async (request: PartRequest, reply) => {
      const e = await editableEntry(db, request, type, request.params.id);
      const row = idPattern.test(request.params.part)
        ? await db.selectFrom('schedules').selectAll().where('id', '=', request.params.part).executeTakeFirst()
        : undefined;
      const schedule: OwnedSchedule | undefined = row && toSchedule(row);
      if (schedule === undefined || (schedule.locationId ?? schedule.serviceId) !== e.id) throw new HttpProblem(404);
      const actor = actorOf(e.user, deps.clock.now());
      await changeAndReindex(
        db,
        e.district.id,
        (trx) => deleteSchedule(trx, e.district.id, schedule, actor),
        () => around(type, e.id, e.organizationId),
      );
      return kit.done(reply, e.district, type, e.id, 'tijden');
    });
  }

  contactRoutes(app, deps, kit, render.organization);
}

function contactRoutes(app: FastifyInstance, deps: AppDeps, kit: EditKit, renderOrganization: RenderOrganization): void {
  const { db } = deps.database;
  const user = { preHandler: requireUser };
  app.post('/:district/gids/organisaties/:id/contactpersonen', user, async (request: EditRequest, reply) => {
    const e = await editableEntry(db, request, 'organization', request.params.id);
    const form = parseForm(contactForm, request.body);
    const place =
      form.ok && form.data.contactLocation
        ? await db.selectFrom('locations').select('organization_id').where('id', '=', form.data.contactLocation).executeTakeFirst()
        : undefined;
    if (!form.ok || (form.data.contactLocation && place?.organization_id !== e.id)) {
      const errors = form.ok ? { contactLocation: { code: 'validation.choice' } } : form.errors;
      return renderOrganization(request, reply, e.id, { values: {}, errors: {} }, 422, { values: form.values, errors });
    }
    const d = form.data;
    const input = {
      organizationId: e.id,
      locationId: d.contactLocation ?? null,
      buurtId: null,
      name: d.contactName,
      title: d.contactTitle,
      contactFor: d.contactFor,
      email: d.contactEmail,
      phone: d.contactPhone,
    };
    await changeAndReindex(
      db,
      e.district.id,
      (trx) => saveContact(trx, e.district.id, null, input, actorOf(e.user, deps.clock.now())),
      () => ({ organizationIds: [e.id] }),
    );
    return kit.done(reply, e.district, 'organization', e.id, 'contactpersoon');
  });

  app.post('/:district/gids/organisaties/:id/contactpersonen/:part/verwijderen', user, async (request: PartRequest, reply) => {
    const e = await editableEntry(db, request, 'organization', request.params.id);
    const contact = idPattern.test(request.params.part)
      ? await db.selectFrom('contacts').select(['id', 'organization_id']).where('id', '=', request.params.part).executeTakeFirst()
      : undefined;
    if (contact?.organization_id !== e.id) throw new HttpProblem(404);
    await changeAndReindex(
      db,
      e.district.id,
      (trx) => deleteContact(trx, e.district.id, contact.id, actorOf(e.user, deps.clock.now())),
      () => ({ organizationIds: [e.id] }),
    );
    return kit.done(reply, e.district, 'organization', e.id, 'verwijderd');
  });
}

function around(type: EntryType, id: string, organizationId: string | null) {
  if (type === 'location') return { locationIds: [id], organizationIds: organizationId ? [organizationId] : [] };
  return { organizationIds: organizationId ? [organizationId] : [] };
}
