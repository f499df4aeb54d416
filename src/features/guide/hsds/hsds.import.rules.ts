/**
 * An HSDS import is checked whole before anything is stored: every problem is reported with
 * its place in the file (such as `services[3].schedules[0].closes_at`), and only a file
 * without problems is imported, all of it at once.
 */
import type { z } from 'zod';
import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { Contact, Dataset, Location, Organization, OwnedSchedule, Phone, Service, Term } from '../model/guide.model.ts';
import { costKinds } from '../model/entries.rules.ts';
import { organizationKinds } from '../guide.tables.ts';
import {
  hsdsDocument,
  type HsdsAttribute,
  type HsdsDocument,
  type HsdsLocation,
  type HsdsSchedule,
  type HsdsService,
} from './hsds.schema.ts';
import { scheduleKinds, scheduleProblems } from '../model/schedule.rules.ts';
import { termIdOf } from '../model/taxonomy.ts';

export interface ImportProblem {
  /** Where in the file, e.g. `organizations[0].locations[1].name`. */
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

export interface ImportContext {
  terms: readonly Term[];
  buurten: readonly Buurt[];
  districtId: string;
  now: string;
  /** Ids already used by entries of other districts: an import may not take them over. */
  foreignIds: ReadonlySet<string>;
  /** Organisation names of this district with their ids: names are unique per district. */
  organizationNames: ReadonlyMap<string, string>;
  /** Places of this district that the file may refer to without containing them. */
  knownLocationIds: ReadonlySet<string>;
  knownOrganizationIds: ReadonlySet<string>;
}

function pathOf(parts: readonly PropertyKey[]): string {
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** Reads and checks the JSON text; the problems of its shape come from the zod schema. */
export function parseDocument(text: string): { doc: HsdsDocument } | { problems: ImportProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problems: [{ path: '', code: 'guide.import.notJson' }] };
  }
  const parsed = hsdsDocument.safeParse(json);
  if (parsed.success) return { doc: parsed.data };
  return {
    problems: parsed.error.issues.slice(0, 500).map((issue: z.core.$ZodIssue) => ({
      path: pathOf(issue.path),
      code: issue.message.startsWith('guide.') || issue.message.startsWith('validation.') ? issue.message : 'guide.import.invalid',
    })),
  };
}

class Reader {
  readonly problems: ImportProblem[] = [];
  readonly data: Dataset = {
    organizations: [],
    locations: [],
    contacts: [],
    services: [],
    serviceAtLocations: [],
    schedules: [],
    phones: [],
  };
  private readonly seen = new Set<string>();
  readonly termIds: Set<string>;
  constructor(readonly ctx: ImportContext) {
    this.termIds = new Set(ctx.terms.map((t) => t.id));
  }
  problem(path: string, code: string, params?: ImportProblem['params']) {
    this.problems.push(params ? { path, code, params } : { path, code });
  }
  /** Every id once in the file, and none of another district. */
  claim(path: string, id: string) {
    if (this.seen.has(id)) this.problem(`${path}.id`, 'guide.import.duplicateId', { id });
    if (this.ctx.foreignIds.has(id)) this.problem(`${path}.id`, 'guide.import.foreignId', { id });
    this.seen.add(id);
  }
  attributes(path: string, attributes: readonly HsdsAttribute[] | undefined) {
    const found = new Map<string, string | undefined>();
    for (const [i, a] of (attributes ?? []).entries()) {
      if (!this.termIds.has(a.taxonomy_term_id))
        this.problem(`${path}.attributes[${i}].taxonomy_term_id`, 'guide.import.unknownTerm', { id: a.taxonomy_term_id });
      else found.set(a.taxonomy_term_id, a.value);
    }
    return found;
  }
  verifiedAt(path: string, attrs: Map<string, string | undefined>): string | null {
    const value = attrs.get(termIdOf('kenmerk', 'verified'));
    if (value === undefined) return null;
    if (Number.isNaN(Date.parse(value))) this.problem(path, 'guide.date.invalid');
    return value;
  }
  buurtByName(path: string, name: string | undefined): string | null {
    if (name === undefined) return null;
    const buurt = this.ctx.buurten.find((b) => b.name === name);
    if (buurt === undefined) this.problem(path, 'guide.import.unknownBuurt', { name });
    return buurt?.id ?? null;
  }
}

const scheduleFields: Record<string, string> = {
  byday: 'byday',
  opensAt: 'opens_at',
  closesAt: 'closes_at',
  validFrom: 'valid_from',
  validTo: 'valid_to',
  interval: 'interval',
};
const orNull = <T>(value: T | undefined): T | null => value ?? null;
const orEmpty = (value: string | undefined): string => value ?? '';
const clock = (time: string | undefined): string | null => orNull(time?.slice(0, 5));

function kindsOf(attrs: Map<string, string | undefined>): Pick<OwnedSchedule, 'kind' | 'exception'> {
  const has = (code: string) => attrs.has(termIdOf('kenmerk', code));
  const kind = scheduleKinds.find((k) => has(k)) ?? 'opening';
  return { kind, exception: has('exception_closed') ? 'closed' : has('exception_changed') ? 'changed' : 'none' };
}

const stamps = (ctx: ImportContext, lastVerifiedAt: string | null, updatedAt?: string) => ({
  lastVerifiedAt,
  lastVerifiedBy: null,
  remindedAt: null,
  createdAt: ctx.now,
  updatedAt: updatedAt ?? ctx.now,
});

function readSchedule(
  r: Reader,
  path: string,
  s: HsdsSchedule,
  owner: Pick<OwnedSchedule, 'serviceId' | 'locationId' | 'serviceAtLocationId'>,
) {
  r.claim(path, s.id);
  const { kind, exception } = kindsOf(r.attributes(path, s.attributes));
  const schedule: OwnedSchedule = {
    id: s.id,
    ...owner,
    kind,
    freq: exception === 'none' ? (s.freq ?? 'WEEKLY') : null,
    interval: s.interval ?? 1,
    byday: orEmpty(s.byday),
    opensAt: clock(s.opens_at),
    closesAt: clock(s.closes_at),
    validFrom: orNull(s.valid_from),
    validTo: orNull(s.valid_to),
    exception,
    description: orEmpty(s.description),
  };
  for (const [field, code] of Object.entries(scheduleProblems(schedule))) r.problem(`${path}.${scheduleFields[field] ?? field}`, code);
  r.data.schedules.push(schedule);
}

function readPhones(
  r: Reader,
  path: string,
  phones: HsdsLocation['phones'],
  owner: Pick<Phone, 'organizationId' | 'serviceId' | 'locationId'>,
) {
  for (const [i, p] of (phones ?? []).entries()) {
    r.claim(`${path}.phones[${i}]`, p.id);
    r.data.phones.push({ id: p.id, ...owner, number: p.number, description: p.description ?? '' });
  }
}

function readLocation(r: Reader, path: string, l: HsdsLocation, organizationId: string | null) {
  r.claim(path, l.id);
  if (l.organization_id !== undefined && l.organization_id !== organizationId)
    r.problem(`${path}.organization_id`, 'guide.import.wrongOwner');
  const attrs = r.attributes(path, l.attributes);
  const address = l.addresses?.[0];
  const location: Location = {
    id: l.id,
    districtId: r.ctx.districtId,
    organizationId,
    name: l.name,
    description: orEmpty(l.description),
    streetAddress: orNull(address?.address_1),
    postalCode: orNull(address?.postal_code),
    city: address ? address.city : 'Utrecht',
    buurtId: r.buurtByName(`${path}.attributes`, attrs.get(termIdOf('kenmerk', 'buurt'))),
    latitude: orNull(l.latitude),
    longitude: orNull(l.longitude),
    isMeetingPlace: attrs.has(termIdOf('kenmerk', 'meeting_place')),
    transportation: orEmpty(l.transportation),
    accessibilityDescription: orEmpty(l.accessibility?.[0]?.description),
    assessment: null,
    ...stamps(r.ctx, r.verifiedAt(`${path}.attributes`, attrs)),
  };
  r.data.locations.push(location);
  readPhones(r, path, l.phones, { organizationId: null, serviceId: null, locationId: l.id });
  for (const [i, s] of (l.schedules ?? []).entries())
    readSchedule(r, `${path}.schedules[${i}]`, s, { serviceId: null, locationId: l.id, serviceAtLocationId: null });
}

function readOrganization(r: Reader, path: string, o: HsdsDocument['organizations'][number]) {
  r.claim(path, o.id);
  const sameName = r.ctx.organizationNames.get(o.name);
  if (sameName !== undefined && sameName !== o.id) r.problem(`${path}.name`, 'guide.import.nameTaken', { name: o.name });
  const attrs = r.attributes(path, o.attributes);
  const kind = organizationKinds.find((k) => attrs.has(termIdOf('organisatie', k))) ?? 'other';
  const org: Organization = {
    id: o.id,
    districtId: r.ctx.districtId,
    name: o.name,
    alternateName: orNull(o.alternate_name),
    kind,
    description: o.description,
    email: orNull(o.email),
    website: orNull(o.website),
    ...stamps(r.ctx, r.verifiedAt(`${path}.attributes`, attrs)),
  };
  r.data.organizations.push(org);
  readPhones(r, path, o.phones, { organizationId: o.id, serviceId: null, locationId: null });
  for (const [j, l] of (o.locations ?? []).entries()) readLocation(r, `${path}.locations[${j}]`, l, o.id);
  for (const [j, c] of (o.contacts ?? []).entries()) readContact(r, `${path}.contacts[${j}]`, c, o.id);
}

function readOrganizations(r: Reader, doc: HsdsDocument) {
  for (const [i, o] of doc.organizations.entries()) readOrganization(r, `organizations[${i}]`, o);
  for (const [i, l] of (doc.locations ?? []).entries()) readLocation(r, `locations[${i}]`, l, null);
}

function readContact(
  r: Reader,
  path: string,
  c: NonNullable<HsdsDocument['organizations'][number]['contacts']>[number],
  organizationId: string,
) {
  r.claim(path, c.id);
  const attrs = r.attributes(path, c.attributes);
  const contact: Contact = {
    id: c.id,
    organizationId,
    locationId: c.location_id ?? null,
    buurtId: r.buurtByName(`${path}.attributes`, attrs.get(termIdOf('kenmerk', 'buurt'))),
    name: c.name,
    title: c.title ?? null,
    contactFor: attrs.get(termIdOf('kenmerk', 'contact_for')) ?? '',
    email: c.email ?? null,
    phone: c.phones?.[0]?.number ?? null,
  };
  r.data.contacts.push(contact);
}

function costOf(s: HsdsService): Pick<Service, 'costKind' | 'costCents' | 'costDescription'> {
  const cost = s.cost_options?.[0];
  const costKind = costKinds.find((k) => k === cost?.option) ?? 'free';
  return {
    costKind,
    costCents: costKind === 'amount' ? Math.round((cost?.amount ?? 0) * 100) : null,
    costDescription: cost?.amount_description ?? orEmpty(s.fees_description),
  };
}

function readService(r: Reader, path: string, s: HsdsService) {
  r.claim(path, s.id);
  const attrs = r.attributes(path, s.attributes);
  const themes = new Set(r.ctx.terms.filter((t) => t.taxonomyCode === 'thema' || t.taxonomyCode === 'voor-wie').map((t) => t.id));
  const service: Service = {
    id: s.id,
    organizationId: s.organization_id,
    districtId: r.ctx.districtId,
    name: s.name,
    alternateName: orNull(s.alternate_name),
    description: orEmpty(s.description),
    url: orNull(s.url),
    email: orNull(s.email),
    status: s.status === 'active' ? 'active' : 'inactive',
    isInformal: attrs.has(termIdOf('kenmerk', 'informal')),
    ...costOf(s),
    eligibilityDescription: orEmpty(s.eligibility_description),
    applicationProcess: orEmpty(s.application_process),
    termIds: [...attrs.keys()].filter((id) => themes.has(id)).sort(),
    buurtIds: (s.service_areas ?? []).flatMap((a, i) => r.buurtByName(`${path}.service_areas[${i}].name`, a.name) ?? []).sort(),
    languages: (s.languages ?? []).map((l) => l.code).sort(),
    ...stamps(r.ctx, r.verifiedAt(`${path}.attributes`, attrs), s.last_modified),
  };
  r.data.services.push(service);
  readPhones(r, path, s.phones, { organizationId: null, serviceId: s.id, locationId: null });
  for (const [i, x] of (s.schedules ?? []).entries())
    readSchedule(r, `${path}.schedules[${i}]`, x, { serviceId: s.id, locationId: null, serviceAtLocationId: null });
  for (const [i, sal] of (s.service_at_locations ?? []).entries())
    readServiceAtLocation(r, `${path}.service_at_locations[${i}]`, sal, s.id);
}

function readServiceAtLocation(r: Reader, path: string, sal: NonNullable<HsdsService['service_at_locations']>[number], serviceId: string) {
  r.claim(path, sal.id);
  if (sal.service_id !== serviceId) r.problem(`${path}.service_id`, 'guide.import.wrongOwner');
  r.data.serviceAtLocations.push({ id: sal.id, serviceId, locationId: sal.location_id, description: orEmpty(sal.description) });
  for (const [j, x] of (sal.schedules ?? []).entries())
    readSchedule(r, `${path}.schedules[${j}]`, x, { serviceId: null, locationId: null, serviceAtLocationId: sal.id });
}

/** References must point at something in the file or already in this district. */
function checkReferences(r: Reader, doc: HsdsDocument) {
  const orgIds = new Set([...r.ctx.knownOrganizationIds, ...r.data.organizations.map((o) => o.id)]);
  const locationIds = new Set([...r.ctx.knownLocationIds, ...r.data.locations.map((l) => l.id)]);
  for (const [i, s] of doc.services.entries()) {
    if (!orgIds.has(s.organization_id)) r.problem(`services[${i}].organization_id`, 'guide.import.dangling', { id: s.organization_id });
    for (const [j, sal] of (s.service_at_locations ?? []).entries()) {
      if (!locationIds.has(sal.location_id))
        r.problem(`services[${i}].service_at_locations[${j}].location_id`, 'guide.import.dangling', { id: sal.location_id });
    }
  }
  for (const [i, o] of doc.organizations.entries()) {
    for (const [j, c] of (o.contacts ?? []).entries()) {
      if (c.location_id !== undefined && !locationIds.has(c.location_id))
        r.problem(`organizations[${i}].contacts[${j}].location_id`, 'guide.import.dangling', { id: c.location_id });
    }
  }
}

/** The whole file as the guide's entries, or every problem in it. */
export function readHsds(doc: HsdsDocument, ctx: ImportContext): { data: Dataset; problems: ImportProblem[] } {
  const r = new Reader(ctx);
  readOrganizations(r, doc);
  for (const [i, s] of doc.services.entries()) readService(r, `services[${i}]`, s);
  checkReferences(r, doc);
  return { data: r.data, problems: r.problems };
}
