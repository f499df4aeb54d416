import { z } from 'zod';
import { roles } from '../../../platform/auth/roles.rules.ts';
import { helpKinds } from '../../help/index.ts';
import { choice, email, optionalChoice, optionalId, text } from '../../../platform/http/fields.ts';
import { newPassword, samePasswordTwice } from '../common/password.schema.ts';

/** An administrator invites someone, or gives someone with an account a role. */
export const inviteForm = z.object({
  email: email('validation.required'),
  name: text(100),
  role: choice(roles),
  /** A buurt's slug, for someone who works for one buurt; none for the whole district. */
  buurt: optionalId,
  /** Only for a partner contact: the organisation they speak for. */
  organization: optionalId,
  /** Only for a coordinating volunteer: the service (kind of neighbour help) they coordinate. */
  service: optionalChoice(helpKinds),
});

/** An administrator changes the service a coordinating volunteer coordinates. */
export const serviceForm = z.object({ service: choice(helpKinds) });

export type InviteInput = z.output<typeof inviteForm>;

export const acceptInvitationForm = z.object({ name: text(100), ...newPassword }).refine(...samePasswordTwice);
