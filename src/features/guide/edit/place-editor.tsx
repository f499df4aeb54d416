import { locationChoices } from './choices.ts';
import type { FormValues } from '../../../platform/http/forms.ts';
import type { KindOf } from './kind.ts';
import { locationFields } from './location-fields.views.tsx';
import { scheduleParts } from './schedule-editor.views.tsx';
import { locationValues, mainPhone } from './values.ts';

const labels = [
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

/** A place's edit page: its opening hours are edited below it. */
export const locationKind: KindOf = async (db, request, subject, data) => {
  const choices = await locationChoices(db, subject.user, subject.district);
  const place = data?.locations.find((l) => l.id === subject.id);
  const organisatie = (request.query as { organisatie?: string }).organisatie ?? '';
  const values: FormValues =
    place === undefined || data === null
      ? { organizationId: organisatie }
      : { ...locationValues(place, choices.buurten), phone: mainPhone(data.phones, place.id) };
  return {
    entry: place,
    values,
    labels,
    fields: (ctx, form, l) => locationFields(ctx, form, l, choices),
    parts: scheduleParts(subject, data?.schedules.filter((s) => s.locationId === subject.id) ?? []),
  };
};
