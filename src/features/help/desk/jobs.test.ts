import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { helpFeature } from '../help.feature.ts';
import { askOnline, JOOP, proposalPath, requestIdByPhone, signedIn, statusOf, steps, volunteerIdOf } from '../help.testing.ts';

describeEachEngine('neighbour help: reminders, lapsed proposals and figures', (t) => {
  const run = (name: string) => t().runJob(name);

  it('gives the process figures for monitoring: matches made and volunteer hours per month', async () => {
    const oost = await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
    const figures = (await helpFeature.processFigures?.(t().db, { districtId: oost.id, year: 2026 })) ?? [];
    const matches = figures.find((f) => f.key === 'help.matchesMade');
    const hours = figures.find((f) => f.key === 'help.volunteerHours');
    expect(matches?.value).toBe(4);
    expect(matches?.byMonth).toHaveLength(12);
    expect(hours?.value).toBe(4.5);
    expect(hours?.byMonth?.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBeCloseTo(4.5);
    const overvecht = await t().db.selectFrom('districts').select('id').where('slug', '=', 'overvecht').executeTakeFirstOrThrow();
    const none = (await helpFeature.processFigures?.(t().db, { districtId: overvecht.id, year: 2026 })) ?? [];
    expect(none.map((f) => f.value)).toEqual([null, null]);
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    const page = await coordinator.get('/oost/hulp/waardering');
    expect(page.body).toContain('4 uur en 30 minuten');
    expect(page.body).not.toContain('Joop');
  });

  it('reminds the buurt’s coordinators before the feedback deadline, once', async () => {
    await askOnline(t().client(), { phone: '06 8888 0001', street: 'Kastanjelaan 81' });
    const id = await requestIdByPhone(t(), '06 8888 0001');
    t().clock.advanceMinutes(5 * 24 * 60 + 60);
    await run('help.feedback-reminders');
    const reminder = await t().smtp.waitFor(
      (m) => m.to.includes('buurtassistent.sterrenwijk@wijkportaal.example') && m.subject.startsWith('Herinnering'),
    );
    expect(reminder.text).toContain('/oost/hulp/balie');
    // Sent by a job: automatic answers (out of office) stay away (RFC 3834, issue 13).
    expect(reminder.headers['auto-submitted']).toBe('auto-generated');
    await t().smtp.waitFor((m) => m.to.includes('coordinator.oost@wijkportaal.example') && m.subject.startsWith('Herinnering'));
    const row = await t().db.selectFrom('help_requests').select('reminder_sent_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.reminder_sent_at).not.toBeNull();
    const count = t().smtp.mails.filter((m) => m.subject.startsWith('Herinnering')).length;
    await run('help.feedback-reminders');
    await new Promise((r) => setTimeout(r, 200));
    expect(t().smtp.mails.filter((m) => m.subject.startsWith('Herinnering')).length).toBe(count);
    t().clock.advanceMinutes(2 * 24 * 60);
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    const desk = await coordinator.get('/oost/hulp/balie');
    expect(desk.body).toContain('Te laat: bewoner heeft nog geen bericht');
  });

  it('lets an unanswered proposal lapse, so the coordinator can ask someone else', async () => {
    t().clock.advanceMinutes(61);
    await askOnline(t().client(), { phone: '06 8888 0002', street: 'Kastanjelaan 82', what: 'Boodschappen, niemand antwoordt' });
    const id = await requestIdByPhone(t(), '06 8888 0002');
    const { client: coordinator, email } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    await coordinator.get(`/oost/hulp/balie/${id}`);
    await coordinator.post(`/oost/hulp/balie/${id}/controleren`, { talent: 'groceries', frequency: 'once', duration: '60' });
    await coordinator.post(`/oost/hulp/balie/${id}/voorstellen`, { volunteer: await volunteerIdOf(t(), JOOP) });
    const link = await proposalPath(t(), JOOP, 'Boodschappen, niemand antwoordt');
    t().clock.advanceMinutes(3 * 24 * 60 + 5);
    await run('help.proposal-expiry');
    await t().smtp.waitFor((m) => m.to.includes(email) && m.subject.startsWith('Geen antwoord van'));
    const row = await t()
      .db.selectFrom('help_requests')
      .select(['status', 'open_proposal_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'matching', open_proposal_id: null });
    expect((await steps(t(), id)).at(-1)).toBe('proposal_expired');
    expect((await t().client().get(link)).statusCode).toBe(410);
    const page = await coordinator.get(`/oost/hulp/balie/${id}`);
    expect(page.body).not.toContain(`value="${await volunteerIdOf(t(), JOOP)}"`);
    expect(await statusOf(t(), id)).toBe('matching');
  });
});
