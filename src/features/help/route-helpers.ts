import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { hasRole } from '../../platform/auth/roles.rules.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { listBuurten, type District } from '../../platform/geography/geography.repository.ts';
import type { FieldErrors, FormValues } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { talentKinds, type HouseRules } from './help.rules.ts';
import type { deskRequestForm, requestForm } from './help.schema.ts';
import type { NewHelpRequest, Source } from './intake.actions.ts';
import { meetingPlacesOf } from './places.repository.ts';
import type { RequestFormData } from './request-form.views.tsx';
import { findHouseRules } from './rules.repository.ts';
import { slotsOf } from './time.rules.ts';
import { listVolunteers, type Volunteer } from './volunteers.repository.ts';

export function districtOf(request: FastifyRequest): District {
  if (request.district === null) throw new HttpProblem(404);
  return request.district;
}

export function userIdOf(request: FastifyRequest): string {
  if (request.user === null) throw new HttpProblem(401);
  return request.user.id;
}

/** The buurten a coordinator covers in this district: all of them, or the buurten of their assignments. */
export function coordinatorBuurten(request: FastifyRequest, districtId: string): 'all' | Set<string> {
  const own = (request.user?.roles ?? []).filter((r) => r.role === 'coordinator' && (r.districtId === null || r.districtId === districtId));
  if (own.some((r) => r.buurtId === null)) return 'all';
  return new Set(own.flatMap((r) => (r.buurtId === null ? [] : [r.buurtId])));
}

export function coordinates(request: FastifyRequest, districtId: string, buurtId: string): boolean {
  return request.user !== null && hasRole(request.user.roles, ['coordinator'], { districtId, buurtId });
}

export async function requestFormData(db: DbOrTx, districtId: string, rules: HouseRules): Promise<RequestFormData> {
  return { rules, buurten: await listBuurten(db, districtId), meetingPlaces: await meetingPlacesOf(db, districtId) };
}

type RequestFormOutput = z.output<typeof requestForm> | z.output<typeof deskRequestForm>;

/** Minutes from the duration field; "longer" is one minute over what a service may take, so the rule speaks. */
export function minutesOf(value: number | 'meer' | undefined, rules: HouseRules): number | null {
  if (value === undefined) return null;
  return value === 'meer' ? rules.maxServiceMinutes + 1 : value;
}

export function intakeOf(
  data: RequestFormOutput,
  where: { districtId: string; buurtId: string; rules: HouseRules },
  who: { source: Source; createdBy: string | null },
): NewHelpRequest {
  return {
    districtId: where.districtId,
    buurtId: where.buurtId,
    kind: talentKinds[data.talent],
    talent: data.talent,
    what: data.what,
    frequency: data.frequency,
    estimatedMinutes: minutesOf(data.duration, where.rules),
    wishedSlots: slotsOf(data.days, data.parts),
    wishedTime: data.wishedTime,
    meetingPlaceId: data.meetingPlace,
    requesterName: data.name,
    phone: data.phone,
    email: data.email,
    street: data.street,
    source: who.source,
    questionId: null,
    createdBy: who.createdBy,
  };
}

const fieldOfRule: Record<string, string> = {
  'help.refusal.unknownBuurt': 'buurt',
  'help.rule.maxDuration': 'duration',
  'help.rule.largeJob': 'duration',
  'help.refusal.contactNeeded': 'phone',
  'help.refusal.talentKind': 'talent',
  'help.refusal.unknownMeetingPlace': 'meetingPlace',
  'help.rule.buddyNeedsPlace': 'meetingPlace',
  'help.rule.freeServicesFree': 'feePaid',
};

/** A refusal shown the platform way: beside the field it is about, or at the top of the form. */
function refusalErrors(rule: string): FieldErrors {
  return { [fieldOfRule[rule] ?? '_form']: { code: rule } };
}

export function withRefusal(values: FormValues, rule: string) {
  return { values, errors: refusalErrors(rule) };
}

/** A refused report of help done, beside the field it is about. */
export function doneRefusal(rule: string): FieldErrors {
  const field = rule === 'help.rule.freeServicesFree' ? 'feePaid' : rule.startsWith('help.rule.') ? 'minutes' : '_form';
  return { [field]: { code: rule } };
}

/** The district's house rules; a district without neighbour help has none of these pages. */
export async function rulesOr404(db: DbOrTx, districtId: string): Promise<HouseRules> {
  const rules = await findHouseRules(db, districtId);
  if (rules === undefined) throw new HttpProblem(404, 'help.problem.notAvailable');
  return rules;
}

/** The volunteers a coordinator may see (those of their buurten); the read goes on the audit log. */
export async function volunteersSeenBy(db: DbOrTx, request: FastifyRequest, districtId: string, now: Date): Promise<Volunteer[]> {
  const own = coordinatorBuurten(request, districtId);
  const volunteers = (await listVolunteers(db, districtId)).filter((v) => own === 'all' || own.has(v.buurtId));
  await recordAudit(db, {
    at: now.toISOString(),
    actorUserId: userIdOf(request),
    action: 'help.volunteers.read',
    subjectType: 'help_volunteers',
    districtId,
    details: { count: volunteers.length },
    requestId: request.id,
  });
  return volunteers;
}
