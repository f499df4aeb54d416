/**
 * Seed 000 §10: "Knelpunten die de wijkpactcoördinator niet kan oplossen, worden opgeschaald
 * naar de regiegroep." Partners or the coordinator raise them; the coordinator works on them,
 * escalates what they cannot solve; whoever holds it last records the resolution.
 */
export const bottleneckStatuses = ['open', 'in_progress', 'escalated', 'resolved'] as const;
export type BottleneckStatus = (typeof bottleneckStatuses)[number];

export const bottleneckActions = ['take_up', 'escalate', 'resolve'] as const;
export type BottleneckAction = (typeof bottleneckActions)[number];

const next: Readonly<Record<BottleneckAction, BottleneckStatus>> = { take_up: 'in_progress', escalate: 'escalated', resolve: 'resolved' };

/** The steps this person may take now. */
export function allowedActions(status: BottleneckStatus, access: { coordinate: boolean; steer: boolean }): BottleneckAction[] {
  switch (status) {
    case 'open':
      return access.coordinate ? ['take_up', 'escalate', 'resolve'] : [];
    case 'in_progress':
      return access.coordinate ? ['escalate', 'resolve'] : [];
    case 'escalated':
      return access.steer ? ['resolve'] : [];
    case 'resolved':
      return [];
  }
}

/** The status after a step, or a catalog key saying why it cannot be taken. */
export function applyAction(
  status: BottleneckStatus,
  action: BottleneckAction,
  access: { coordinate: boolean; steer: boolean },
  note: string,
): { ok: true; status: BottleneckStatus } | { ok: false; code: string } {
  if (!allowedActions(status, access).includes(action)) {
    return { ok: false, code: status === 'escalated' && action === 'resolve' ? 'pact.bottleneck.steeringOnly' : 'pact.bottleneck.notNow' };
  }
  if (action !== 'take_up' && note.trim() === '') return { ok: false, code: `pact.bottleneck.${action}.noteRequired` };
  return { ok: true, status: next[action] };
}

/** Whole days since it was raised, until it was resolved. */
export function ageInDays(raisedAt: string, now: Date, resolvedAt: string | null): number {
  const end = resolvedAt === null ? now.getTime() : new Date(resolvedAt).getTime();
  return Math.max(0, Math.floor((end - new Date(raisedAt).getTime()) / 86_400_000));
}
