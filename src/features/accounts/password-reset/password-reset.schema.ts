import { z } from 'zod';
import { email } from '../../../platform/http/fields.ts';
import { newPassword, samePasswordTwice } from '../common/password.schema.ts';

export const forgotPasswordForm = z.object({ email: email('validation.required') });

export const newPasswordForm = z.object(newPassword).refine(...samePasswordTwice);
