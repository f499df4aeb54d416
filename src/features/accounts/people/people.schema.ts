import { z } from 'zod';
import { roles } from '../../../platform/auth/roles.rules.ts';

export const districtParams = z.object({ district: z.string().max(60) });

export const peopleResponse = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    roles: z.array(z.object({ id: z.string(), role: z.enum(roles), buurt: z.string().nullable() })),
  }),
);
