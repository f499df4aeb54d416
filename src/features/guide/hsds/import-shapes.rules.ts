/**
 * What an import may be: this portal's own export (`hsds_version`, organizations, locations,
 * services), or any answer of an HSDS 3 API as Open Referral's examples show them — one
 * service, organisation, location or service_at_location, a page of them (`contents`),
 * taxonomies and terms, or the API's `/` answer. Each is read as the portal's document;
 * nested objects (a service's organisation, a place's service) become the lists they
 * would be in an export. Pure: the checks come after, on the document.
 */
import { taxonomyIdOf } from '../model/taxonomy.ts';

type Json = Record<string, unknown>;

interface Gathered {
  organizations: Map<string, Json>;
  locations: Map<string, Json>;
  services: Map<string, Json>;
  taxonomies: Map<string, Json>;
  terms: Map<string, Json>;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const idOf = (o: Json): string => (typeof o.id === 'string' ? o.id : '');
const without = (o: Json, key: string): Json => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

/** The first copy of an object with an id wins; a later, fuller copy adds what the first lacks. */
function keep(into: Map<string, Json>, o: Json): void {
  const id = idOf(o);
  const known = into.get(id);
  into.set(id, known === undefined ? o : { ...o, ...known });
}

function gatherService(g: Gathered, s: Json): void {
  const { organization, ...service } = s;
  if (isObject(organization)) {
    gatherOrganization(g, organization);
    service.organization_id ??= idOf(organization);
  }
  // Where it is held: the place goes to the places, the service keeps the link. A
  // service_at_location without a place says nothing the guide can show.
  service.service_at_locations = list(s.service_at_locations).flatMap((sal) => {
    const { location, ...held } = without(sal, 'service');
    if (isObject(location)) {
      keep(g.locations, location);
      held.location_id ??= idOf(location);
    }
    held.service_id ??= idOf(s);
    return held.location_id === undefined ? [] : [held];
  });
  service.attributes = ownAttributes(s.attributes);
  keep(g.services, service);
}

const ownTaxonomies = new Set(['thema', 'voor-wie', 'organisatie', 'kenmerk'].map((code) => taxonomyIdOf(code as 'thema')));

/**
 * Attributes with their term nested (HSDS API answers) name it by id; those of a taxonomy
 * that is not this portal's (its terms mean nothing here) are not read.
 */
function ownAttributes(attributes: unknown): Json[] | undefined {
  if (!Array.isArray(attributes)) return undefined;
  return list(attributes).flatMap((a) => {
    const term = isObject(a.taxonomy_term) ? a.taxonomy_term : undefined;
    if (term === undefined) return [a];
    const detail = isObject(term.taxonomy_detail) ? term.taxonomy_detail : undefined;
    const taxonomy = term.taxonomy_id ?? detail?.id;
    if (typeof taxonomy === 'string' && !ownTaxonomies.has(taxonomy)) return [];
    return [{ ...without(a, 'taxonomy_term'), taxonomy_term_id: a.taxonomy_term_id ?? term.id }];
  });
}

function gatherOrganization(g: Gathered, o: Json): void {
  const { services, ...organization } = o;
  for (const s of list(services)) gatherService(g, { ...s, organization_id: s.organization_id ?? idOf(o) });
  keep(g.organizations, organization);
}

function gatherServiceAtLocation(g: Gathered, sal: Json): void {
  const { service, location, ...held } = sal;
  if (isObject(location)) held.location_id ??= idOf(location);
  if (isObject(location)) keep(g.locations, location);
  if (isObject(service)) gatherService(g, { ...service, service_at_locations: [...list(service.service_at_locations), held] });
}

type Kind = 'page' | 'meta' | 'location' | 'service' | 'serviceAtLocation' | 'term' | 'taxonomy' | 'organization';

/** What one object of an HSDS answer is, by the fields only it has. */
function kindOf(o: Json): Kind {
  const has = (...keys: string[]) => keys.some((k) => k in o);
  if (Array.isArray(o.contents)) return 'page';
  if (has('openapi_url', 'profile')) return 'meta';
  if (has('location_type')) return 'location';
  if (has('status')) return 'service';
  if (has('service', 'location', 'service_id')) return 'serviceAtLocation';
  if (has('code', 'taxonomy_detail', 'term_uri', 'parent_id')) return 'term';
  if (has('version') && !has('website')) return 'taxonomy';
  return 'organization';
}

function gather(g: Gathered, o: Json): void {
  const kind = kindOf(o);
  if (kind === 'page') for (const item of list(o.contents)) gather(g, item);
  else if (kind === 'location') keep(g.locations, o);
  else if (kind === 'service') gatherService(g, o);
  else if (kind === 'serviceAtLocation') gatherServiceAtLocation(g, o);
  else if (kind === 'term') keep(g.terms, o);
  else if (kind === 'taxonomy') keep(g.taxonomies, o);
  else if (kind === 'organization') gatherOrganization(g, o);
  // 'meta', the API's `/` answer, holds nothing to import.
}

/** The file as the portal's document; its own export and anything unrecognisable pass unchanged, for the checks to judge. */
export function asImportDocument(json: unknown): unknown {
  if (!isObject(json) || 'hsds_version' in json || Array.isArray(json.organizations)) return json;
  const g: Gathered = { organizations: new Map(), locations: new Map(), services: new Map(), taxonomies: new Map(), terms: new Map() };
  gather(g, json);
  return {
    hsds_version: '3.0',
    taxonomies: [...g.taxonomies.values()],
    taxonomy_terms: [...g.terms.values()],
    organizations: [...g.organizations.values()],
    // A place of an organisation in the file is with that organisation, not again on its own.
    locations: [...g.locations.values()].filter(
      (l) => ![...g.organizations.values()].some((o) => list(o.locations).some((x) => idOf(x) === idOf(l))),
    ),
    services: [...g.services.values()],
  };
}
