import { z } from 'zod';
import { choice, text } from '../../../platform/http/fields.ts';
import { programmes } from './settings.rules.ts';

export const settingsForm = z.object({ pactName: text(150), programme: choice(programmes) });
export type SettingsInput = z.output<typeof settingsForm>;
