import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { actorOf, type Actor } from '../model/actor.ts';
import { loadDataset } from '../model/dataset.repository.ts';
import type { Dataset, EntryType } from '../model/guide.model.ts';
import { recordChange } from '../model/history.repository.ts';
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

interface Step<T extends { id: string }> {
  type: EntryType;
  items: T[];
  old: T[];
  asHsds(item: T, data: Dataset): unknown;
  write(trx: DbOrTx, item: T): Promise<void>;
}

/** Writes what is new or differs (as HSDS) from what is stored, and keeps who imported it in the history. */
async function importStep<T extends { id: string }>(
  trx: DbOrTx,
  run: { districtId: string; before: Dataset; incoming: Dataset; actor: Actor; outcome: ImportOutcome },
  step: Step<T>,
): Promise<void> {
  for (const item of step.items) {
    const previous = step.old.find((o) => o.id === item.id);
    if (previous && JSON.stringify(step.asHsds(previous, run.before)) === JSON.stringify(step.asHsds(item, run.incoming))) {
      run.outcome.unchanged++;
      continue;
    }
    await step.write(trx, item);
    run.outcome[previous ? 'updated' : 'created']++;
    await recordChange(trx, { districtId: run.districtId, entryType: step.type, entryId: item.id, action: 'imported' }, run.actor);
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
    const run = { districtId: district.id, before, incoming, actor, outcome: { created: 0, updated: 0, unchanged: 0 } };
    await importStep(trx, run, {
      type: 'organization',
      items: incoming.organizations,
      old: before.organizations,
      asHsds: (o, d) => toHsdsOrganization(o, d, hsds),
      write: (db, o) => writeOrganization(db, o, incoming, actor),
    });
    await importStep(trx, run, {
      type: 'location',
      items: incoming.locations,
      old: before.locations,
      asHsds: (l, d) => toHsdsLocation(l, d, hsds),
      write: (db, l) => writeLocation(db, l, incoming, actor),
    });
    for (const o of incoming.organizations) await writeContacts(trx, o.id, incoming, actor);
    await importStep(trx, run, {
      type: 'service',
      items: incoming.services,
      old: before.services,
      asHsds: (s, d) => toHsdsService(s, d, hsds),
      write: (db, s) => writeService(db, s, incoming, actor),
    });
    if (run.outcome.created + run.outcome.updated > 0) await reindexDistrict(trx, district.id);
    return success(run.outcome);
  });
}
