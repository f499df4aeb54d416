import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { actorOf, type Actor } from '../model/actor.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import type { Dataset, EntryType, Location, Organization, Service } from '../model/guide.model.ts';
import { recordChange } from '../model/history.repository.ts';
import { markEntriesChanged } from '../model/version.repository.ts';
import { reindexDistrict } from '../search/index.repository.ts';
import { toHsdsLocation, toHsdsOrganization, type HsdsContext } from './hsds.mapping.ts';
import { toHsdsService } from './service.mapping.ts';
import { writeService } from './import-services.repository.ts';
import { writeContacts, writeLocation, writeOrganization } from './import.repository.ts';

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
}

/** One kind of entry of an import: where it is in a dataset, how it reads in HSDS, how it is written. */
interface Kind<T extends { id: string }> {
  type: EntryType;
  of(data: Dataset): T[];
  asHsds(item: T, data: Dataset, hsds: HsdsContext): unknown;
  write(db: DbOrTx, item: T, data: Dataset, actor: Actor): Promise<void>;
}

const organizations: Kind<Organization> = {
  type: 'organization',
  of: (d) => d.organizations,
  asHsds: toHsdsOrganization,
  write: writeOrganization,
};
const locations: Kind<Location> = { type: 'location', of: (d) => d.locations, asHsds: toHsdsLocation, write: writeLocation };
const services: Kind<Service> = { type: 'service', of: (d) => d.services, asHsds: toHsdsService, write: writeService };

interface Run {
  districtId: string;
  before: Dataset;
  incoming: Dataset;
  hsds: HsdsContext;
  actor: Actor;
  outcome: ImportOutcome;
}

/** Writes what is new or differs (as HSDS) from what is stored, and keeps who imported it in the history. */
async function importKind<T extends { id: string }>(trx: DbOrTx, run: Run, kind: Kind<T>): Promise<void> {
  const old = kind.of(run.before);
  for (const item of kind.of(run.incoming)) {
    const previous = old.find((o) => o.id === item.id);
    const same = (a: T, b: T) =>
      JSON.stringify(kind.asHsds(a, run.before, run.hsds)) === JSON.stringify(kind.asHsds(b, run.incoming, run.hsds));
    if (previous && same(previous, item)) {
      run.outcome.unchanged++;
      continue;
    }
    await kind.write(trx, item, run.incoming, run.actor);
    run.outcome[previous ? 'updated' : 'created']++;
    await recordChange(trx, { districtId: run.districtId, entryType: kind.type, entryId: item.id, action: 'imported' }, run.actor);
  }
}

/**
 * Imports a checked HSDS file, all of it or nothing: what is new is added, what differs is
 * replaced by the file, what is the same is left alone, so importing the same file twice
 * changes nothing the second time.
 */
export function importGuide(ctx: ActionContext, district: District, incoming: Dataset, hsds: HsdsContext): Promise<Outcome<ImportOutcome>> {
  return runAction(ctx, async (trx) => {
    const before = await loadDataset(trx, {
      districtId: district.id,
      organizationIds: incoming.organizations.map((o) => o.id),
      serviceIds: incoming.services.map((s) => s.id),
      locationIds: incoming.locations.map((l) => l.id),
    });
    const actor = actorOf(ctx);
    const run: Run = { districtId: district.id, before, incoming, hsds, actor, outcome: { created: 0, updated: 0, unchanged: 0 } };
    await importKind(trx, run, organizations);
    await importKind(trx, run, locations);
    for (const o of incoming.organizations) await writeContacts(trx, o.id, incoming, actor);
    await importKind(trx, run, services);
    if (run.outcome.created + run.outcome.updated > 0) await reindexDistrict(trx, district.id);
    // Named people are written for every organisation, changed or not: pages that keep them see it.
    else await markEntriesChanged(trx);
    return success(run.outcome);
  });
}
