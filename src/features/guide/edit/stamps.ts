import type { Actor } from '../model/actor.ts';

/** A new entry counts as verified by whoever made it. */
export const created = (actor: Actor) => ({
  created_at: actor.at,
  updated_at: actor.at,
  updated_by: actor.userId,
  last_verified_at: actor.at,
  last_verified_by: actor.userId,
});
export const updated = (actor: Actor) => ({ updated_at: actor.at, updated_by: actor.userId });
