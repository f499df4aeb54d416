import { z } from 'zod';
import { choice, integer, optionalChoice, optionalId, optionalText, text } from '../../../platform/http/fields.ts';
import { deskSectionNames } from './desk.rules.ts';
import { declineReasons, referralKinds } from '../lifecycle/lifecycle.rules.ts';
import { duration } from '../shared/help.schema.ts';
import { frequencies, talents } from '../shared/talents.rules.ts';

/** The coordinator's check: what kind of help it really is, how often, how long, and where a buddy goes. */
export const checkForm = z.object({
  talent: choice(talents, 'help.talent.required'),
  frequency: choice(frequencies),
  duration,
  meetingPlace: optionalId,
});

// Field names differ per form: one request page holds several forms, and field ids must be unique.
export const networkForm = z.object({
  answer: choice(['nobody', 'network_can'], 'help.network.required'),
  networkNote: optionalText(500, { multiline: true }),
});

/** The candidate's button: which volunteer to propose. */
export const proposeForm = z.object({
  volunteer: text(80, { required: 'help.refusal.unknownVolunteer', tooLong: 'help.refusal.unknownVolunteer' }),
});

export const declineForm = z.object({
  reason: choice(declineReasons, 'help.declineReason.required'),
  declineNote: optionalText(500, { multiline: true }),
});

export const referForm = z.object({
  referKind: choice(referralKinds),
  referTo: text(200, { required: 'help.referTo.required' }),
  referNote: optionalText(500, { multiline: true }),
});

/** A step that needs no more than a click. */
export const buttonForm = z.object({});

/** The desk's address: which buurt, which part of the desk, which page of it. */
export const deskQuery = z.object({
  buurt: optionalText(80),
  deel: optionalChoice(deskSectionNames),
  pagina: integer(1, 100_000).optional().default(1),
});
