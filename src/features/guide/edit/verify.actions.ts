import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import { actorOf } from '../model/actor.ts';
import { reindexAround } from '../search/index.repository.ts';
import { aroundEntry, type EditSubject } from './access.ts';
import { markVerified } from './entries.repository.ts';

/** The owner says the entry is still right: it is fresh for another year, and no longer flagged. */
export function verifyEntry(ctx: ActionContext, entry: EditSubject & { id: string }): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await markVerified(trx, entry.district.id, entry.type, entry.id, actorOf(ctx));
    await reindexAround(trx, entry.district.id, aroundEntry(entry));
    return success();
  });
}
