/** The values an edit form starts with: the entry as it is stored. */
import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { FormValues } from '../../../platform/http/forms.ts';
import type { Location, Organization, Phone, Service } from '../model/guide.model.ts';

/** The number the forms show: the first phone of an entry. */
export function mainPhone(phones: readonly Phone[], id: string): string {
  return (
    [...phones].sort((a, b) => a.id.localeCompare(b.id)).find((p) => p.organizationId === id || p.locationId === id || p.serviceId === id)
      ?.number ?? ''
  );
}

export const organizationValues = (o: Organization): FormValues => ({
  name: o.name,
  alternateName: o.alternateName ?? '',
  kind: o.kind,
  description: o.description,
  email: o.email ?? '',
  website: o.website ?? '',
});

export function locationValues(l: Location, buurten: readonly Buurt[]): FormValues {
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

export function serviceValues(s: Service, locationIds: string[], buurten: readonly Buurt[], audiences: Set<string>): FormValues {
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
