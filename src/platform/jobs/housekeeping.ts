import { deleteExpiredSessions } from '../auth/auth.repository.ts';
import { deleteOldRateLimits } from '../http/rate-limit.ts';
import type { JobDefinition } from './scheduler.ts';

/** Expired sessions and old rate-limit windows are removed every hour. */
export const housekeepingJob: JobDefinition = {
  name: 'platform.housekeeping',
  everyMinutes: 60,
  async run({ db, now }) {
    await deleteExpiredSessions(db, now.toISOString());
    await deleteOldRateLimits(db, new Date(now.getTime() - 24 * 3_600_000));
  },
};
