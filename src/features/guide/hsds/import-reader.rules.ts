import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { Dataset } from '../model/guide.model.ts';
import { termIdOf, type Term } from '../model/taxonomy.ts';
import type { HsdsAttribute } from './hsds.schema.ts';

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

/** Reads a file once, gathering the guide's entries and every problem on the way. */
export class Reader {
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
