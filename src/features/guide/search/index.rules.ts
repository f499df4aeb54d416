import { passes } from '../assessments/assessment.rules.ts';
import type { Dataset, EntryType, Location, Service } from '../model/guide.model.ts';
import { districtToken } from './match.rules.ts';
import { normalizeText, stemsOf } from './search.rules.ts';
import { termIdOf, type Term } from '../model/taxonomy.ts';

/** One findable entry as the search index keeps it. */
export interface IndexRow {
  entryId: string;
  entryType: EntryType;
  districtId: string;
  name: string;
  nameNorm: string;
  /** The name's search stems in order (the first word first), for ranking. */
  nameStems: string;
  /** Organisation name (service), address (place) or kind code (organisation). */
  subtitle: string;
  summary: string;
  searchText: string;
  stems: string;
  isFree: boolean;
  physicalOk: boolean;
  financialOk: boolean;
  welcomeOk: boolean;
  /** Buurt ids; '*' for the whole district. */
  buurten: string[];
  /** Theme and audience term ids, their parents included. */
  terms: string[];
  /** Put before the stems in the SQLite index, see districtToken. */
  districtToken: string;
}

export interface IndexContext {
  terms: ReadonlyMap<string, Term>;
  buurtNames: ReadonlyMap<string, string>;
}

const SUMMARY_LENGTH = 200;

function summaryOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_LENGTH ? flat : `${flat.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`;
}

function withParents(termIds: readonly string[], ctx: IndexContext): string[] {
  const ids = new Set<string>();
  for (const id of termIds) {
    const term = ctx.terms.get(id);
    if (term === undefined || term.taxonomyCode === 'kenmerk' || term.taxonomyCode === 'organisatie') continue;
    ids.add(id);
    if (term.parentId !== null) ids.add(term.parentId);
  }
  return [...ids].sort();
}

function text(parts: readonly (string | null | undefined)[]): { searchText: string; stems: string } {
  const joined = parts.filter(Boolean).join(' ');
  return { searchText: normalizeText(joined), stems: [...new Set(stemsOf(joined).split(' '))].join(' ') };
}

function access(locations: readonly Location[]) {
  return {
    physicalOk: locations.some((l) => passes(l.assessment?.physical ?? null)),
    financialOk: locations.some((l) => passes(l.assessment?.financial ?? null)),
    welcomeOk: locations.some((l) => passes(l.assessment?.welcome ?? null)),
  };
}

const buurtenOf = (ids: Iterable<string>) => {
  const list = [...new Set(ids)].sort();
  return list.length === 0 ? ['*'] : list;
};

/** The index rows of every entry in a dataset: what it is found by and filtered on. */
export function indexRows(data: Dataset, ctx: IndexContext): IndexRow[] {
  const orgs = new Map(data.organizations.map((o) => [o.id, o]));
  const locationsById = new Map(data.locations.map((l) => [l.id, l]));
  const servicesById = new Map(data.services.map((s) => [s.id, s]));
  const placesOfService = groupBy(
    data.serviceAtLocations,
    (sal) => sal.serviceId,
    (sal) => locationsById.get(sal.locationId),
  );
  const servicesAtPlace = groupBy(
    data.serviceAtLocations,
    (sal) => sal.locationId,
    (sal) => servicesById.get(sal.serviceId),
  );
  const locationsOf = (service: Service) => placesOfService.get(service.id) ?? [];
  const servicesAt = (location: Location) => servicesAtPlace.get(location.id) ?? [];
  const servicesOfOrg = groupBy(
    data.services.filter((s) => s.status === 'active'),
    (s) => s.organizationId,
    (s) => s,
  );
  const placesOfOrg = groupBy(
    data.locations,
    (l) => l.organizationId ?? '',
    (l) => l,
  );
  const termNames = (ids: readonly string[]) => ids.map((id) => ctx.terms.get(id)?.name);
  const buurtName = (id: string | null) => (id === null ? undefined : ctx.buurtNames.get(id));
  const active = data.services.filter((s) => s.status === 'active');

  const serviceRows = active.map((s): IndexRow => {
    const places = locationsOf(s);
    const org = orgs.get(s.organizationId);
    // Without buurten of its own an offer is for the whole district ('*'), and also found in the buurten where it is held.
    const buurten = s.buurtIds.length > 0 ? s.buurtIds : [...places.flatMap((l) => l.buurtId ?? []), '*'];
    return {
      ...base(s, 'service', org?.name ?? ''),
      ...text([
        s.name,
        s.alternateName,
        s.description,
        org?.name,
        s.eligibilityDescription,
        s.costDescription,
        ...termNames(s.termIds),
        ...s.buurtIds.map(buurtName),
        ...places.map((l) => l.name),
      ]),
      isFree: s.costKind === 'free',
      ...access(places),
      buurten: buurtenOf(buurten),
      terms: withParents(s.termIds, ctx),
    };
  });
  const locationRows = data.locations.map((l): IndexRow => {
    const services = servicesAt(l).filter((s) => s.status === 'active');
    const address = [l.streetAddress, buurtName(l.buurtId)].filter(Boolean).join(', ');
    return {
      ...base(l, 'location', address),
      ...text([
        l.name,
        l.description,
        l.streetAddress,
        buurtName(l.buurtId),
        orgs.get(l.organizationId ?? '')?.name,
        ...services.map((s) => s.name),
      ]),
      isFree: services.some((s) => s.costKind === 'free'),
      ...access([l]),
      buurten: buurtenOf(l.buurtId === null ? [] : [l.buurtId]),
      terms: withParents(
        services.flatMap((s) => s.termIds),
        ctx,
      ),
    };
  });
  const orgRows = data.organizations.map((o): IndexRow => {
    const services = servicesOfOrg.get(o.id) ?? [];
    const places = placesOfOrg.get(o.id) ?? [];
    return {
      ...base(o, 'organization', o.kind),
      ...text([
        o.name,
        o.alternateName,
        o.description,
        ctx.terms.get(termIdOf('organisatie', o.kind))?.name,
        ...services.map((s) => s.name),
      ]),
      isFree: services.some((s) => s.costKind === 'free'),
      ...access(places),
      buurten: buurtenOf([...places.flatMap((l) => l.buurtId ?? []), ...services.flatMap((s) => s.buurtIds)]),
      terms: withParents(
        services.flatMap((s) => s.termIds),
        ctx,
      ),
    };
  });
  return [...serviceRows, ...locationRows, ...orgRows];
}

function groupBy<T, V>(items: readonly T[], key: (item: T) => string, value: (item: T) => V | undefined): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const v = value(item);
    if (v === undefined) continue;
    const list = groups.get(key(item));
    if (list) list.push(v);
    else groups.set(key(item), [v]);
  }
  return groups;
}

function base(entry: { id: string; districtId: string; name: string; description: string }, entryType: EntryType, subtitle: string) {
  return {
    districtToken: districtToken(entry.districtId),
    entryId: entry.id,
    entryType,
    districtId: entry.districtId,
    name: entry.name,
    nameNorm: normalizeText(entry.name),
    nameStems: stemsOf(entry.name),
    subtitle,
    summary: summaryOf(entry.description),
  };
}
