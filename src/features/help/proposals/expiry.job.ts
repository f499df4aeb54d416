import { systemContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { JobDefinition } from '../../../platform/jobs/scheduler.ts';
import { lapseProposal } from './answer.actions.ts';
import { expiredOpenProposals } from './proposals.repository.ts';

/** Proposals nobody answered in time lapse, each on its own: its step, its answer and its mail stand or fall together. */
export function proposalExpiryJob(deps: AppDeps): JobDefinition {
  return {
    name: 'help.proposal-expiry',
    everyMinutes: 60,
    async run({ db, now }) {
      const ctx = systemContext(deps, now);
      // One answered meanwhile is refused and left as it is.
      for (const proposal of await expiredOpenProposals(db, now.toISOString())) await lapseProposal(ctx, proposal);
    },
  };
}
