import type { FastifyReply, FastifyRequest } from 'fastify';
import { deleteSession, findSession, findUserById, insertSession, rolesOfUser, touchSession } from '../auth/auth.repository.ts';
import { isSessionLive, newSessionTimes, SESSION_MAX_HOURS, shouldTouch } from '../auth/sessions.rules.ts';
import { hashToken, looksLikeToken, newToken } from '../auth/tokens.ts';
import type { Clock } from '../clock.ts';
import type { Db, DbOrTx } from '../db/schema.ts';

const SESSION_COOKIE = 'wp_session';

export interface SessionCookieOptions {
  secure: boolean;
}

/** Loads the signed-in user of a request from the session cookie, ending stale sessions. */
export async function loadSessionUser(request: FastifyRequest, reply: FastifyReply, db: Db, clock: Clock): Promise<void> {
  request.user = null;
  request.sessionHash = null;
  const token = request.cookies[SESSION_COOKIE];
  if (token === undefined || !looksLikeToken(token)) return;
  const hash = hashToken(token);
  const session = await findSession(db, hash);
  const now = clock.now();
  if (session === undefined || !isSessionLive(session, now)) {
    if (session !== undefined) await deleteSession(db, hash);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return;
  }
  const user = await findUserById(db, session.userId);
  if (user === undefined || user.disabled) return;
  if (shouldTouch(session, now)) await touchSession(db, hash, now.toISOString());
  request.sessionHash = hash;
  request.user = { id: user.id, email: user.email, name: user.name, roles: await rolesOfUser(db, user.id) };
}

/**
 * Signs a user in with a brand-new session token (rotation: a token an attacker planted
 * before sign-in is worthless afterwards) and ends the session the request came with.
 */
export async function startSession(
  db: DbOrTx,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  now: Date,
  cookie: SessionCookieOptions,
): Promise<void> {
  if (request.sessionHash !== null) await deleteSession(db, request.sessionHash);
  const token = newToken();
  await insertSession(db, hashToken(token), userId, newSessionTimes(now));
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookie.secure,
    maxAge: SESSION_MAX_HOURS * 3600,
  });
}

export async function endSession(db: DbOrTx, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.sessionHash !== null) await deleteSession(db, request.sessionHash);
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
