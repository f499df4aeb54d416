import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { scopeKey } from '../../../platform/auth/roles.rules.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { deleteAssignment, findAssignment, holdsScope, setAssignmentService, type Assignment } from './people.repository.ts';

/** Takes a role in this district away; an administrator cannot lock themselves out of the district they manage. */
export function revokeRole(ctx: ActionContext, district: District, assignmentId: string): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const assignment = await findAssignment(trx, assignmentId);
    if (assignment?.districtId !== district.id) return refusal('error.404', { status: 404 });
    if (assignment.userId === ctx.user?.id && assignment.role === 'administrator')
      return refusal('accounts.people.ownAdmin', { status: 409 });
    await deleteAssignment(trx, assignment.id);
    await audit(trx, ctx, {
      action: 'roles.revoked',
      subjectType: 'user',
      subjectId: assignment.userId,
      districtId: district.id,
      details: { role: assignment.role },
    });
    return success();
  });
}

/** Ties a coordinating volunteer to another service; from then on they act on requests of that kind only. */
export function changeService(ctx: ActionContext, district: District, assignment: Assignment, service: string): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    if (assignment.service === service) return success();
    const changed = { ...assignment, role: 'coordinating_volunteer' as const, service };
    if (await holdsScope(trx, assignment.userId, scopeKey(changed))) return refusal('accounts.people.serviceHeld', { field: 'service' });
    await setAssignmentService(trx, changed, service);
    await audit(trx, ctx, {
      action: 'roles.service_changed',
      subjectType: 'user',
      subjectId: assignment.userId,
      districtId: district.id,
      details: { from: assignment.service, to: service },
    });
    return success();
  });
}
