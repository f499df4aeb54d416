import { deleteExpiredSessions } from '../auth/auth.repository.ts';
import { deleteOldRateLimits } from '../http/rate-limit.repository.ts';
import { deleteSentMails } from '../mail/outbox.repository.ts';
import { deleteOldSubmissions } from '../actions/submissions.repository.ts';
import type { JobDefinition } from './scheduler.ts';

const DAY_MS = 24 * 3_600_000;

/** Expired sessions, old rate-limit windows, mails sent a month ago and two-day-old submission keys go every hour. */
export const housekeepingJob: JobDefinition = {
  name: 'platform.housekeeping',
  everyMinutes: 60,
  async run({ db, now }) {
    await deleteExpiredSessions(db, now.toISOString());
    await deleteOldRateLimits(db, new Date(now.getTime() - DAY_MS));
    await deleteSentMails(db, new Date(now.getTime() - 30 * DAY_MS));
    await deleteOldSubmissions(db, new Date(now.getTime() - 2 * DAY_MS));
  },
};
