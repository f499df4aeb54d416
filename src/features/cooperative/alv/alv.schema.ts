import { z } from 'zod';
import { choice, date, email, id, integer, text, time } from '../../../platform/http/fields.ts';
import { plainText } from '../../../platform/http/plain-text.ts';
import { choices } from './alv.rules.ts';

/** The secretary convenes: when (Amsterdam time), where (a meeting place from the guide), the agenda one item a line (the documents come as PDF files beside it). */
export const conveneForm = plainText(
  z.object({
    title: text(150),
    date: date('validation.required'),
    time: time('validation.required'),
    location: id,
    agenda: text(3000, { multiline: true }),
  }),
);
export type ConveneInput = z.output<typeof conveneForm>;

/** The cooperative's own ALV settings (the statutes may say otherwise than the defaults). */
export const settingsForm = z.object({
  noticeDays: integer(0, 90),
  maxProxies: integer(1, 10),
  quorumPercent: integer(0, 100),
});
export type SettingsInput = z.output<typeof settingsForm>;

/** A member names the member who votes for them by that member's e-mail address (the register stays with the board). */
export const proxyForm = z.object({ holder: email('validation.required') });
export type ProxyInput = z.output<typeof proxyForm>;

/** The secretary records a proxy given on paper, choosing both from the register. */
export const paperProxyForm = z.object({ principal: id, holder: id });
export type PaperProxyInput = z.output<typeof paperProxyForm>;

export const countsForm = z.object({
  votesFor: integer(0, 100000),
  votesAgainst: integer(0, 100000),
  votesAbstained: integer(0, 100000),
});
export type CountsInput = z.output<typeof countsForm>;

export const memberVoteForm = z.object({ member: id, choice: choice(choices) });
export type MemberVoteInput = z.output<typeof memberVoteForm>;

export const minutesForm = plainText(z.object({ minutes: text(20000, { multiline: true }) }));
export type MinutesInput = z.output<typeof minutesForm>;
