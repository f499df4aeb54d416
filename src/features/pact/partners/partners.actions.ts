import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PactAccess } from '../shared/access.rules.ts';
import { partnerYearFacts } from './commitment-facts.repository.ts';
import { commitmentsOf, saveCommitment, type Commitment } from './commitments.repository.ts';
import { listPartners, updateContact, type Partner } from './partners.repository.ts';
import { commitmentEvidence, type CommitmentLetter, type CommitmentStatus } from './partners.rules.ts';
import type { ContactInput } from './partners.schema.ts';

/** Contact persons are personal data: every read by someone other than themselves is logged. */
function logContactRead(ctx: ActionContext, district: District, subjectId: string): Promise<void> {
  return audit(ctx.deps.database.db, ctx, {
    action: 'pact.contacts.read',
    subjectType: 'pact_partner',
    subjectId,
    districtId: district.id,
  });
}

/** The partners; members of the pact see their contact persons, and that is logged. */
export async function partnersSeenBy(ctx: ActionContext, district: District, access: PactAccess): Promise<Partner[]> {
  const partners = await listPartners(ctx.deps.database.db, district.id);
  if (access.work) await logContactRead(ctx, district, 'all');
  return partners;
}

/** Someone who works in the pact sees the partner's contact person; that is logged. */
export async function noteContactRead(ctx: ActionContext, district: District, partner: Partner, access: PactAccess): Promise<void> {
  if (access.work && partner.contact !== null) await logContactRead(ctx, district, partner.id);
}

/** A partner's commitments of a year, with what the system itself shows about each. */
export async function commitmentYear(ctx: ActionContext, district: District, partner: Partner, year: number) {
  const { db } = ctx.deps.database;
  const facts = await partnerYearFacts(db, district.id, partner.id, year);
  const commitments: Commitment[] = await commitmentsOf(db, [partner.id], year);
  return { commitments, evidence: commitmentEvidence({ hasContact: partner.contact !== null, ...facts }) };
}

/** The steering group records, per year, whether a partner kept its commitments. */
export function saveCommitments(
  ctx: ActionContext,
  partnerId: string,
  year: number,
  commitments: readonly { letter: CommitmentLetter; status: CommitmentStatus; note: string | null }[],
): Promise<Outcome<number>> {
  return runAction(ctx, async (trx) => {
    for (const c of commitments) {
      await saveCommitment(trx, { partnerId, year, ...c, note: c.note ?? '', at: ctx.now.toISOString(), by: ctx.user?.id ?? null });
    }
    return success(year);
  });
}

/** The steering group records who the partner's one contact person is (commitment a). */
export function changeContact(ctx: ActionContext, district: District, partnerId: string, contact: ContactInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    await updateContact(trx, partnerId, contact, ctx.now.toISOString());
    await audit(trx, ctx, { action: 'pact.contact.changed', subjectType: 'pact_partner', subjectId: partnerId, districtId: district.id });
    return success(partnerId);
  });
}
