/** Signed-in sessions end after two idle hours and at most twelve hours after sign-in. */
const SESSION_IDLE_MINUTES = 120;
export const SESSION_MAX_HOURS = 12;
/** Writing last_seen on every request costs a write per page; once a minute is precise enough. */
const TOUCH_AFTER_MS = 60_000;

export interface SessionTimes {
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export function newSessionTimes(now: Date): SessionTimes {
  const iso = now.toISOString();
  return { createdAt: iso, lastSeenAt: iso, expiresAt: new Date(now.getTime() + SESSION_MAX_HOURS * 3_600_000).toISOString() };
}

export function isSessionLive(session: SessionTimes, now: Date): boolean {
  const idleLimit = Date.parse(session.lastSeenAt) + SESSION_IDLE_MINUTES * 60_000;
  return now.getTime() < Date.parse(session.expiresAt) && now.getTime() < idleLimit;
}

export function shouldTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_AFTER_MS;
}
