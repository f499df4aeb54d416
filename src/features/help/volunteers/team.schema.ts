import { z } from 'zod';
import { checkbox } from '../../../platform/http/fields.ts';

/** What a coordinator records about a volunteer: the VOG they saw, and whether they are active. */
export const standingForm = z.object({ vogOnFile: checkbox, active: checkbox });
