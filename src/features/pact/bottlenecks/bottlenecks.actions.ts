import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { findUserById } from '../../../platform/auth/auth.repository.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { partnerOfOrganization } from '../partners/partners.repository.ts';
import type { PactAccess } from '../shared/access.rules.ts';
import { dayOf } from '../shared/days.rules.ts';
import { listMembers } from '../steering/steering.repository.ts';
import { findBottleneck, insertBottleneck, insertEvent, moveBottleneck, type Bottleneck } from './bottlenecks.repository.ts';
import { applyAction, type BottleneckAction } from './bottlenecks.rules.ts';
import type { RaiseInput, StepInput } from './bottlenecks.schema.ts';

/** A partner's contact person raises it for their organisation; the coordinator for nobody in particular. */
export function raiseBottleneck(ctx: ActionContext, district: District, access: PactAccess, input: RaiseInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const partnerId =
      access.organizationId === null ? null : ((await partnerOfOrganization(trx, district.id, access.organizationId)) ?? null);
    const raiser = { userId: ctx.user?.id ?? null, name: ctx.user?.name ?? '' };
    return success(await insertBottleneck(trx, { districtId: district.id, ...input, ...raiser, partnerId, at: ctx.now.toISOString() }));
  });
}

/** A bottleneck as someone other than its raiser reads it: that is logged. */
export async function bottleneckSeenBy(ctx: ActionContext, district: District, id: string): Promise<Bottleneck | undefined> {
  const bottleneck = await findBottleneck(ctx.deps.database.db, district.id, id);
  if (bottleneck !== undefined && bottleneck.raisedByUserId !== ctx.user?.id) {
    const entry = { action: 'pact.bottleneck.read', subjectType: 'pact_bottleneck', subjectId: bottleneck.id, districtId: district.id };
    await audit(ctx.deps.database.db, ctx, entry);
  }
  return bottleneck;
}

/** An escalation reaches the steering group; a resolution reaches whoever raised it. */
async function toldOf(trx: DbOrTx, ctx: ActionContext, district: District, b: Bottleneck, action: BottleneckAction): Promise<string[]> {
  if (action === 'escalate') return (await listMembers(trx, district.id, dayOf(ctx.now))).flatMap((m) => m.email ?? []);
  if (action === 'resolve' && b.raisedByUserId !== null) return [(await findUserById(trx, b.raisedByUserId))?.email ?? ''].filter(Boolean);
  return [];
}

/** Takes up, escalates or resolves, if this person may now; whoever needs to know hears of it by mail. */
export function takeStep(
  ctx: ActionContext,
  t: Translate,
  district: District,
  id: string,
  access: PactAccess,
  input: StepInput,
): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const bottleneck = await findBottleneck(trx, district.id, id);
    if (bottleneck === undefined) return refusal('pact.bottleneck.unknown', { field: 'action' });
    const note = input.note ?? '';
    const step = applyAction(bottleneck.status, input.action, access, note);
    if (!step.ok) {
      const aboutNote = step.code.endsWith('noteRequired');
      return refusal(step.code, aboutNote ? { field: 'note' } : { field: 'action', status: 409 });
    }
    const at = ctx.now.toISOString();
    if (!(await moveBottleneck(trx, id, bottleneck.status, step.status, note, at)))
      return refusal('pact.bottleneck.notNow', { field: 'action', status: 409 });
    await insertEvent(trx, id, { at, actorName: ctx.user?.name ?? '', action: input.action, note });
    await audit(trx, ctx, {
      action: `pact.bottleneck.${input.action}`,
      subjectType: 'pact_bottleneck',
      subjectId: id,
      districtId: district.id,
    });
    const params = {
      title: bottleneck.title,
      note,
      link: linkFor(ctx, `/${district.slug}/samenwerken/knelpunten/${id}`),
      district: district.name,
    };
    for (const to of await toldOf(trx, ctx, district, bottleneck, input.action)) {
      const mail = {
        to,
        subject: t(`pact.mail.bottleneck.${input.action}.subject`, params),
        text: t(`pact.mail.bottleneck.${input.action}.body`, params),
      };
      await queueMail(trx, ctx, { ...mail, districtId: district.id });
    }
    return success(id);
  });
}
