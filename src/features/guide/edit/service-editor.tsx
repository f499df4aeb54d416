import { serviceChoices } from './choices.ts';
import type { FormValues } from '../../../platform/http/forms.ts';
import type { KindOf } from './kind.ts';
import { scheduleParts } from './schedule-editor.views.tsx';
import { serviceFields } from './service-fields.views.tsx';
import { mainPhone, serviceValues } from './values.ts';

const labels = [
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

/** An offer's edit page: its hours are edited below it. */
export const serviceKind: KindOf = async (db, request, subject, data) => {
  const choices = await serviceChoices(db, subject.user, subject.district);
  const service = data?.services.find((s) => s.id === subject.id);
  const organisatie = (request.query as { organisatie?: string }).organisatie ?? '';
  const audiences = new Set(choices.audiences.map((t) => t.id));
  const places = data?.serviceAtLocations.filter((s) => s.serviceId === subject.id).map((s) => s.locationId) ?? [];
  const values: FormValues =
    service === undefined || data === null
      ? { organizationId: organisatie, active: 'ja', costKind: 'free', languages: 'nl' }
      : { ...serviceValues(service, places, choices.buurten, audiences), phone: mainPhone(data.phones, service.id) };
  return {
    entry: service,
    values,
    labels,
    fields: (ctx, form, l) => serviceFields(ctx, form, l, choices),
    parts: scheduleParts(subject, data?.schedules.filter((s) => s.serviceId === subject.id) ?? []),
  };
};
