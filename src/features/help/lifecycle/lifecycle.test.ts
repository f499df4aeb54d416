import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import {
  askOnline,
  DEMO_PASSWORD,
  JOOP,
  proposalPath,
  requestIdByPhone,
  signedIn,
  statusOf,
  steps,
  volunteerIdOf,
} from '../help.testing.ts';

describeEachEngine('neighbour help: the whole lifecycle of a free service', (t) => {
  it('goes from an online request without an account to closed, with every step on the timeline', async () => {
    const resident = t().client();
    const asked = await askOnline(resident, {
      email: 'bewoner1@wijk.example',
      phone: '06 2222 0101',
      what: 'Boodschappen halen, eerste keer',
    });
    expect(asked.statusCode).toBe(303);
    const statusPath = String(asked.headers.location).split('?')[0] ?? '';
    expect(statusPath).toMatch(/^\/oost\/hulp\/status\/[\w-]{43}$/);
    const confirmation = await t().smtp.waitFor((m) => m.to.includes('bewoner1@wijk.example'));
    expect(confirmation.text).toContain(statusPath);
    const id = await requestIdByPhone(t(), '06 2222 0101');
    expect((await resident.get(statusPath)).body).toContain('Nieuw');

    const { client: coordinator, email: coordinatorEmail } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    expect((await coordinator.get('/oost/hulp/balie')).body).toContain(`/oost/hulp/balie/${id}`);
    const detail = await coordinator.get(`/oost/hulp/balie/${id}`);
    expect(detail.body).toContain('06 2222 0101');
    const audits = await t().db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute();
    expect(audits.map((a) => a.action)).toContain('help.personal_data.read');

    expect(
      (await coordinator.post(`/oost/hulp/balie/${id}/controleren`, { talent: 'groceries', frequency: 'once', duration: '60' })).statusCode,
    ).toBe(303);
    const checked = await coordinator.get(`/oost/hulp/balie/${id}`);
    expect(checked.body).toContain('Joop Vrijwilliger (demo)');
    expect(checked.body).toContain('Woont in dezelfde straat');
    const joop = await volunteerIdOf(t(), JOOP);
    expect((await coordinator.post(`/oost/hulp/balie/${id}/voorstellen`, { volunteer: joop })).statusCode).toBe(303);
    expect(await statusOf(t(), id)).toBe('matching');

    const link = await proposalPath(t(), JOOP, 'Boodschappen halen, eerste keer');
    const volunteerByMail = t().client();
    const proposal = await volunteerByMail.get(link);
    expect(proposal.body).toContain('Boodschappen halen');
    expect(proposal.body).not.toContain('06 2222 0101');
    const accepted = await volunteerByMail.post(link, { answer: 'accept' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.body).toContain('06 2222 0101');
    expect(await statusOf(t(), id)).toBe('matched');
    await t().smtp.waitFor((m) => m.to.includes(coordinatorEmail) && m.subject.includes('helpt'));
    const found = await t().smtp.waitFor((m) => m.to.includes('bewoner1@wijk.example') && m.subject.includes('vrijwilliger'));
    // The "volunteer found" mail links to the resident's own status page (issue 10.10): a link of its own, the first one still works.
    const foundPath = /http:\/\/localhost:3000(\/oost\/hulp\/status\/[\w-]{43})/.exec(found.text)?.[1] ?? '';
    expect(foundPath).not.toBe(statusPath);
    const foundPage = await t().client().get(foundPath);
    expect(foundPage.statusCode).toBe(200);
    expect(foundPage.body).toContain('Vrijwilliger gevonden');
    expect((await resident.get(statusPath)).statusCode).toBe(200);
    expect((await volunteerByMail.post(link, { answer: 'accept' })).statusCode).toBe(410);

    const volunteer = t().client();
    await volunteer.signIn(JOOP, DEMO_PASSWORD);
    const service = await volunteer.get(`/oost/hulp/vrijwilliger/hulpvragen/${id}`);
    expect(service.body).toContain('Mevrouw Test');
    expect((await volunteer.post(`/oost/hulp/vrijwilliger/hulpvragen/${id}/klaar`, { minutes: '60' })).statusCode).toBe(303);
    const done = await t().db.selectFrom('help_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(done).toMatchObject({ status: 'done', minutes_done: 60, fee_cents: 0, fee_paid: 0 });
    expect((await volunteer.get('/oost/hulp/vrijwilliger')).body).toContain('1 uur');

    expect((await coordinator.post(`/oost/hulp/balie/${id}/sluiten`, {})).statusCode).toBe(422);
    expect((await coordinator.post(`/oost/hulp/balie/${id}/teruggekoppeld`, {})).statusCode).toBe(303);
    expect((await coordinator.post(`/oost/hulp/balie/${id}/sluiten`, {})).statusCode).toBe(303);
    expect(await statusOf(t(), id)).toBe('closed');
    expect(await steps(t(), id)).toEqual(['created', 'checked', 'proposed', 'matched', 'done', 'heard_back', 'closed']);
    const locks = await t().db.selectFrom('help_requester_locks').select('request_id').where('request_id', '=', id).execute();
    expect(locks).toEqual([]);
    const statusPage = await resident.get(statusPath);
    expect(statusPage.body).toContain('Afgerond');
    expect(statusPage.body).toContain('Vrijwilliger gevonden');
  });

  it('lets the resident withdraw through their own link, and tells the matched volunteer', async () => {
    const resident = t().client();
    const asked = await askOnline(resident, { phone: '06 2222 0102', street: 'Kastanjelaan 2', what: 'Boodschappen, wordt ingetrokken' });
    const statusPath = String(asked.headers.location).split('?')[0] ?? '';
    const id = await requestIdByPhone(t(), '06 2222 0102');
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    await coordinator.get(`/oost/hulp/balie/${id}`);
    await coordinator.post(`/oost/hulp/balie/${id}/controleren`, { talent: 'groceries', frequency: 'once', duration: '30' });
    await coordinator.post(`/oost/hulp/balie/${id}/voorstellen`, { volunteer: await volunteerIdOf(t(), JOOP) });
    const link = await proposalPath(t(), JOOP, 'Boodschappen, wordt ingetrokken');
    const volunteer = t().client();
    await volunteer.get(link);
    expect((await volunteer.post(link, { answer: 'accept' })).statusCode).toBe(200);
    await resident.get(statusPath);
    expect((await resident.post(`${statusPath}/intrekken`, {})).statusCode).toBe(303);
    expect(await statusOf(t(), id)).toBe('withdrawn');
    await t().smtp.waitFor((m) => m.to.includes(JOOP) && m.subject.startsWith('Hulpvraag ingetrokken'));
    expect((await resident.get(statusPath)).body).toContain('Ingetrokken');
    expect((await askOnline(t().client(), { phone: '06 2222 0102', street: 'Kastanjelaan 2' })).statusCode).toBe(303);
  });
});
