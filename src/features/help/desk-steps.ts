import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/feature.ts';
import { parseForm } from '../../platform/http/forms.ts';
import type { FormState } from '../../platform/layout/forms.tsx';
import { checkRequest, proposeVolunteer, recordNetworkCheck, reportDone } from './desk.actions.ts';
import type { HouseRules } from './help.rules.ts';
import { checkForm, declineForm, doneForm, networkForm, proposeForm, referForm } from './help.schema.ts';
import { notifyWithdrawn, sendProposal } from './notify.ts';
import type { ActionForm } from './request-actions.views.tsx';
import type { HelpRequest } from './requests.repository.ts';
import { doneRefusal, minutesOf } from './route-helpers.ts';
import { takeStep } from './steps.ts';

export interface StepContext {
  deps: AppDeps;
  request: FastifyRequest;
  help: HelpRequest;
  rules: HouseRules;
  districtSlug: string;
  actorId: string;
  now: Date;
}

export type Outcome = { ok: true } | { ok: false; rule: string } | { ok: false; form: ActionForm; state: FormState };

const invalid = (form: ActionForm, state: FormState): Outcome => ({ ok: false, form, state });
const outcome = (result: { ok: boolean; rule?: string }): Outcome =>
  result.ok ? { ok: true } : { ok: false, rule: result.rule ?? 'error.409' };

async function check(c: StepContext): Promise<Outcome> {
  const form = parseForm(checkForm, c.request.body);
  if (!form.ok) return invalid('check', form);
  const input = { ...form.data, estimatedMinutes: minutesOf(form.data.duration, c.rules), meetingPlaceId: form.data.meetingPlace };
  const result = await checkRequest(c.deps.database.db, c.help, c.rules, input, c.actorId, c.now);
  return result.ok ? { ok: true } : invalid('check', { values: form.values, errors: { _form: { code: result.rule } } });
}

async function network(c: StepContext): Promise<Outcome> {
  const form = parseForm(networkForm, c.request.body);
  if (!form.ok) return invalid('network', form);
  return outcome(
    await recordNetworkCheck(c.deps.database.db, c.help, { answer: form.data.answer, note: form.data.networkNote }, c.actorId, c.now),
  );
}

async function propose(c: StepContext): Promise<Outcome> {
  const form = parseForm(proposeForm, c.request.body);
  if (!form.ok) return { ok: false, rule: 'help.refusal.unknownVolunteer' };
  const { db } = c.deps.database;
  const result = await proposeVolunteer(db, c.help, c.rules, form.data.volunteer, c.actorId, c.now);
  if (!result.ok) return result;
  await sendProposal(c.deps, c.request.log, { ...result, rules: c.rules, districtSlug: c.districtSlug });
  return { ok: true };
}

async function decline(c: StepContext): Promise<Outcome> {
  const form = parseForm(declineForm, c.request.body);
  if (!form.ok) return invalid('decline', form);
  const set = { outcome_reason: form.data.reason, outcome_note: form.data.declineNote };
  return outcome(
    await takeStep(c.deps.database.db, { request: c.help, action: 'decline', actorId: c.actorId, now: c.now, note: form.data.reason, set }),
  );
}

async function refer(c: StepContext): Promise<Outcome> {
  const form = parseForm(referForm, c.request.body);
  if (!form.ok) return invalid('refer', form);
  const note = [form.data.referTo, form.data.referNote ?? ''].filter((p) => p !== '').join(' · ');
  const set = { outcome_reason: `referred_${form.data.referKind}`, outcome_note: note };
  return outcome(
    await takeStep(c.deps.database.db, { request: c.help, action: 'refer', actorId: c.actorId, now: c.now, note: form.data.referTo, set }),
  );
}

async function done(c: StepContext): Promise<Outcome> {
  const form = parseForm(doneForm, c.request.body);
  if (!form.ok) return invalid('done', form);
  const result = await reportDone(c.deps.database.db, c.help, c.rules, form.data, c.actorId, c.now);
  return result.ok ? { ok: true } : invalid('done', { values: form.values, errors: doneRefusal(result.rule) });
}

async function withdraw(c: StepContext): Promise<Outcome> {
  const result = await takeStep(c.deps.database.db, {
    request: c.help,
    action: 'withdraw',
    actorId: c.actorId,
    now: c.now,
    note: 'coordinator',
  });
  if (result.ok) await notifyWithdrawn(c.deps, c.request.log, c.help, c.rules);
  return outcome(result);
}

const simple =
  (action: 'feePaid' | 'heardBack' | 'close', set: (c: StepContext) => Parameters<typeof takeStep>[1]['set']) => async (c: StepContext) =>
    outcome(await takeStep(c.deps.database.db, { request: c.help, action, actorId: c.actorId, now: c.now, set: set(c) }));

/** The coordinator's steps by their path segment. */
export const deskSteps: Record<string, (c: StepContext) => Promise<Outcome>> = {
  controleren: check,
  netwerkcheck: network,
  voorstellen: propose,
  afwijzen: decline,
  doorverwijzen: refer,
  klaar: done,
  betaald: simple('feePaid', () => ({ fee_paid: 1 })),
  teruggekoppeld: simple('heardBack', (c) => ({ heard_back_at: c.now.toISOString() })),
  sluiten: simple('close', () => ({})),
  intrekken: withdraw,
};
