import { hashToken, newToken } from '../../../platform/auth/tokens.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { insertLink } from './question.repository.ts';

/** A new status link for the resident; only its hash is stored, so every mail carries its own. */
export async function newStatusLink(trx: DbOrTx, questionId: string, at: string): Promise<string> {
  const token = newToken();
  await insertLink(trx, questionId, hashToken(token), at);
  return token;
}

export function statusPath(token: string): string {
  return `/mijn-vraag/${token}`;
}

/** The link as the resident keeps it: on the portal's public address. */
export function statusUrl(config: { baseUrl: URL }, token: string): string {
  return new URL(statusPath(token), config.baseUrl).href;
}
