import { z } from 'zod';
import { roles } from '../../platform/auth/roles.rules.ts';

const email = z.string().trim().toLowerCase().min(1).max(254).pipe(z.email());

export const signInForm = z.object({
  email,
  password: z.string().min(1).max(1000),
  terug: z.string().max(500).optional(),
});

export const forgotPasswordForm = z.object({ email });

export const newPasswordForm = z
  .object({
    password: z.string().min(1).max(1000),
    passwordRepeat: z.string().min(1).max(1000),
  })
  .refine((v) => v.password === v.passwordRepeat, { message: 'accounts.passwordRepeat.mismatch', path: ['passwordRepeat'] });

export const acceptInvitationForm = z
  .object({
    name: z.string().trim().min(1).max(100),
    password: z.string().min(1).max(1000),
    passwordRepeat: z.string().min(1).max(1000),
  })
  .refine((v) => v.password === v.passwordRepeat, { message: 'accounts.passwordRepeat.mismatch', path: ['passwordRepeat'] });

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

export const inviteForm = z.object({
  email,
  name: z.string().trim().min(1).max(100),
  role: z.enum(roles),
  buurt: z
    .string()
    .max(80)
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  /** Only for a partner contact: the organisation they speak for. */
  organization: z
    .string()
    .max(60)
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
});

export const peopleResponse = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    roles: z.array(z.object({ id: z.string(), role: z.enum(roles), buurt: z.string().nullable() })),
  }),
);

export const districtParams = z.object({ district: z.string().max(60) });
