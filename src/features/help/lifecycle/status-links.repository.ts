import { hashToken, newToken } from '../../../platform/auth/tokens.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';

/** How long a requester's status link works. */
const STATUS_LINK_DAYS = 120;

export const statusLinkExpiry = (now: Date): string => new Date(now.getTime() + STATUS_LINK_DAYS * 86_400_000).toISOString();

/**
 * A further status link for a mail to the requester, in the transaction that queues the
 * mail: only the hash is kept, so the mail carries the one working copy. Earlier links keep working.
 */
export async function mintStatusLink(trx: DbOrTx, requestId: string, now: Date): Promise<string> {
  const token = newToken();
  await trx
    .insertInto('help_status_links')
    .values({ token_hash: hashToken(token), request_id: requestId, created_at: now.toISOString(), expires_at: statusLinkExpiry(now) })
    .execute();
  return token;
}
