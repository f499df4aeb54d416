import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { lockDistrict, type District } from '../../../platform/geography/geography.repository.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { documentLines, mayAsBoardMember, membersByMail, type Words } from './alv.actions.ts';
import { findAlv, type Alv } from './alv.repository.ts';
import { hasStarted } from './alv.rules.ts';
import { saveDocument } from './documents.repository.ts';
import type { NewDocument } from './documents.routes.ts';

/**
 * After convening, until the meeting opens, the secretary (or the chair) adds a document or
 * replaces one (a corrected annual report). Every member with an e-mail address gets one mail
 * that names what came, with a link to the ALV's page; it leaves after the commit.
 */
export function addDocuments(
  ctx: ActionContext,
  words: Words,
  district: District,
  alv: Alv,
  files: readonly NewDocument[],
): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    if (!(await mayAsBoardMember(trx, district.id, ctx.user?.email, 'convene')))
      return refusal('cooperative.alv.convene.notSecretary', { status: 403 });
    await lockDistrict(trx, district.id); // the chair opening the meeting at this moment waits, or this sees it open
    const current = (await findAlv(trx, district.id, alv.id)) ?? alv;
    if (hasStarted(current, ctx.now)) return refusal('cooperative.alv.doc.tooLate', { status: 409 });
    if (files.length === 0) return refusal('cooperative.alv.doc.none', { field: 'annualReport' });
    const at = ctx.now.toISOString();
    const replaced = new Set(current.files.map((f) => f.kind));
    for (const file of files) await saveDocument(trx, { alvId: alv.id, kind: file.kind, bytes: file.bytes, by: ctx.user?.id ?? null, at });
    const members = await membersByMail(trx, district.id);
    const params = {
      title: alv.title,
      when: formatDateTime(alv.startsAt, words.lang),
      documents: documentLines(ctx, words, district, alv.id, files),
      link: linkFor(ctx, `/${district.slug}/cooperatie/alv/${alv.id}`),
      district: district.name,
    };
    for (const m of members)
      await queueMail(trx, ctx, {
        to: m.email ?? '',
        subject: words.t('cooperative.alv.docMail.subject', params),
        text: words.t('cooperative.alv.docMail.body', { ...params, name: m.name }),
        districtId: district.id,
      });
    await audit(trx, ctx, {
      action: 'cooperative.alv.documents_added',
      subjectType: 'coop_alv',
      subjectId: alv.id,
      districtId: district.id,
      details: {
        kinds: files.map((f) => f.kind).join(','),
        replaced: files.filter((f) => replaced.has(f.kind)).length,
        mails: members.length,
      },
    });
    return success();
  });
}
