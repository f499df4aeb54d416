import type { ActionContext } from '../../../platform/actions/action.ts';

/**
 * The context of someone who has just shown who they are, with a password or a mailed
 * link, on a request that is not (yet) theirs: the audit log names them as the actor.
 * Their roles play no part in these actions.
 */
export function actingAs(ctx: ActionContext, person: { id: string; email: string; name: string } | undefined): ActionContext {
  const user = person === undefined ? null : { id: person.id, email: person.email, name: person.name, roles: [] };
  return { ...ctx, user };
}
