import { z } from 'zod';
import { roles } from '../../../platform/auth/roles.rules.ts';

export const peopleResponse = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    roles: z.array(z.object({ id: z.string(), role: z.enum(roles), buurt: z.string().nullable() })),
  }),
);
