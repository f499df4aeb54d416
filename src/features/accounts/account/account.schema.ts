import { z } from 'zod';

export const meResponse = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(
    z.object({
      role: z.string(),
      districtId: z.string().nullable(),
      buurtId: z.string().nullable(),
      organizationId: z.string().nullable(),
    }),
  ),
});
