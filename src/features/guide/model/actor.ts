import type { ActionContext } from '../../../platform/actions/action.ts';

/** Who does a change, and when: every change of the guide keeps both. */
export interface Actor {
  userId: string | null;
  at: string;
}

export function actorOf(ctx: ActionContext): Actor {
  return { userId: ctx.user?.id ?? null, at: ctx.now.toISOString() };
}
