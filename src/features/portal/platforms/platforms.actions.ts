import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { amsterdamParts } from '../../../platform/calendar/amsterdam-time.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { FieldErrors } from '../../../platform/http/forms.ts';
import { chosenOnProblem, linkProblem, mayKeepPlatforms } from './platforms.rules.ts';
import { deletePlatform, insertPlatform, updatePlatform } from './platforms.repository.ts';
import type { PlatformInput } from './platforms.schema.ts';

function problemsOf(ctx: ActionContext, input: PlatformInput): FieldErrors {
  const errors: FieldErrors = {};
  const link = linkProblem(input.link);
  if (link !== null) errors.link = { code: link };
  const chosen = chosenOnProblem(input.chosenOn, amsterdamParts(ctx.now.toISOString())[0]);
  if (chosen !== null) errors.chosenOn = { code: chosen };
  return errors;
}

function allowed(ctx: ActionContext, district: District): boolean {
  return ctx.user !== null && mayKeepPlatforms(ctx.user.roles, district.id);
}

/** The steering group adds a platform or app it chose. */
export function addPlatform(ctx: ActionContext, district: District, input: PlatformInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    if (!allowed(ctx, district)) return refusal('portal.platform.notAllowed', { status: 403 });
    const errors = problemsOf(ctx, input);
    if (Object.keys(errors).length > 0) return { ok: false, errors, status: 422 };
    const id = await insertPlatform(trx, district.id, input, { when: ctx.now.toISOString(), by: ctx.user?.id ?? null });
    await audit(trx, ctx, {
      action: 'portal.platform.added',
      subjectType: 'platform',
      subjectId: id,
      districtId: district.id,
      details: input,
    });
    return success(id);
  });
}

/** The steering group changes what it wrote about one of them. */
export function changePlatform(ctx: ActionContext, district: District, id: string, input: PlatformInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    if (!allowed(ctx, district)) return refusal('portal.platform.notAllowed', { status: 403 });
    const errors = problemsOf(ctx, input);
    if (Object.keys(errors).length > 0) return { ok: false, errors, status: 422 };
    if (!(await updatePlatform(trx, district.id, id, input, { when: ctx.now.toISOString(), by: ctx.user?.id ?? null }))) {
      return refusal('portal.platform.gone', { status: 404 });
    }
    await audit(trx, ctx, {
      action: 'portal.platform.changed',
      subjectType: 'platform',
      subjectId: id,
      districtId: district.id,
      details: input,
    });
    return success(id);
  });
}

/** The steering group no longer offers it on the portal. */
export function removePlatform(ctx: ActionContext, district: District, id: string): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    if (!allowed(ctx, district)) return refusal('portal.platform.notAllowed', { status: 403 });
    if (!(await deletePlatform(trx, district.id, id))) return refusal('portal.platform.gone', { status: 404 });
    await audit(trx, ctx, { action: 'portal.platform.removed', subjectType: 'platform', subjectId: id, districtId: district.id });
    return success(id);
  });
}
