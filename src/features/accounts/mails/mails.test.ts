import { expect, it } from 'vitest';
import { findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import { claimDueMails, enqueueMail, markFailed, type QueuedMail } from '../../../platform/mail/outbox.repository.ts';
import type { TestClient } from '../../../platform/testing/client.ts';
import { createTestUser, TEST_PASSWORD, type TestRole } from '../../../platform/testing/users.ts';
import { describeEachEngine, type TestApp } from '../../../testing/test-app.ts';

/**
 * A mail the outbox tried twice and then gave up on. Queued a day ahead, so the app's own
 * sender leaves it alone while the test fails it.
 */
async function failedMail(app: TestApp, mail: QueuedMail): Promise<string> {
  const at = new Date(app.clock.now().getTime() + 86_400_000);
  const id = await enqueueMail(app.db, mail, at, 'wijk.test');
  for (const retryAt of [at, null]) {
    const claimed = await claimDueMails(app.db, 'test', at, new Date(at.getTime() + 60_000), 1);
    expect(claimed.map((m) => m.id)).toEqual([id]);
    await markFailed(app.db, id, 'test', 'connection refused', at, retryAt);
  }
  return id;
}

async function oostId(app: TestApp): Promise<string> {
  const oost = await findDistrictBySlug(app.db, 'oost');
  if (oost === undefined) throw new Error('no Oost in the demo data');
  return oost.id;
}

describeEachEngine('mails that keep failing, for administrators', (t) => {
  async function signedIn(email: string, roles: TestRole[]): Promise<TestClient> {
    await createTestUser(t().db, { email, roles });
    const client = t().client();
    await client.signIn(email, TEST_PASSWORD);
    return client;
  }

  it('shows the page to administrators only', async () => {
    const visitor = await t().app.inject('/beheer/mails');
    expect(visitor.headers.location).toBe('/inloggen?terug=%2Fbeheer%2Fmails');
    const coordinator = await signedIn('coordinator@wijk.example', [{ role: 'coordinator', district: 'oost' }]);
    expect((await coordinator.get('/beheer/mails')).statusCode).toBe(403);
    const admin = await signedIn('beheer.alles@wijk.example', [{ role: 'administrator' }]);
    const page = await admin.get('/beheer/mails');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Mails die niet aankomen');
    expect((await admin.get('/oost/beheer/mensen')).body).toContain('href="/beheer/mails"');
  });

  it('lists a mail that failed, and sends it again', async () => {
    const mail = {
      to: 'piet@wijk.example',
      subject: 'Een uitnodiging die bleef hangen',
      text: 'Hallo Piet',
      districtId: await oostId(t()),
    };
    const id = await failedMail(t(), mail);
    const admin = await signedIn('beheer.oost@wijk.example', [{ role: 'administrator', district: 'oost' }]);
    const page = await admin.get('/beheer/mails');
    for (const text of [mail.subject, mail.to, 'connection refused', 'Opnieuw versturen']) expect(page.body).toContain(text);

    expect((await admin.post(`/beheer/mails/${id}/opnieuw`, {}, { csrf: false })).statusCode).toBe(403);
    const resent = await admin.post(`/beheer/mails/${id}/opnieuw`, {});
    expect(resent.statusCode).toBe(303);
    expect(resent.headers.location).toBe('/beheer/mails?melding=opnieuw-verstuurd');
    expect((await t().smtp.waitFor((m) => m.subject === mail.subject)).text).toContain('Hallo Piet');
    expect((await admin.get('/beheer/mails?melding=opnieuw-verstuurd')).body).toContain('Wijkportaal verstuurt de mail nu opnieuw.');
    const audit = await t().db.selectFrom('audit_log').select(['action', 'district_id']).where('subject_id', '=', id).execute();
    expect(audit).toEqual([{ action: 'mail.resent', district_id: mail.districtId }]);
  });

  it('shows an administrator of Overvecht no mail of Oost', async () => {
    const mail = { to: 'anja@wijk.example', subject: 'Alleen voor Oost', text: 'x', districtId: await oostId(t()) };
    const id = await failedMail(t(), mail);
    const overvecht = await signedIn('beheer.overvecht@wijk.example', [{ role: 'administrator', district: 'overvecht' }]);
    expect((await overvecht.get('/beheer/mails')).body).not.toContain(mail.subject);
    expect((await overvecht.post(`/beheer/mails/${id}/opnieuw`, {})).statusCode).toBe(404);
    const everywhere = await signedIn('beheer.stad@wijk.example', [{ role: 'administrator' }]);
    expect((await everywhere.get('/beheer/mails')).body).toContain(mail.subject);
  });
});
