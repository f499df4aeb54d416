import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';

const linkIn = (text: string) =>
  new URL(/http:\/\/localhost:3000\/wachtwoord-herstellen\/[\w-]+/.exec(text)?.[0] ?? 'http://x/none').pathname;

describeEachEngine('password reset by e-mail', (t) => {
  it('mails a link over SMTP that works once', async () => {
    await createTestUser(t().db, { email: 'anja@wijk.example', name: 'Anja' });
    const client = t().client();
    await client.get('/wachtwoord-vergeten');
    const asked = await client.post('/wachtwoord-vergeten', { email: 'anja@wijk.example' });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('Als dit e-mailadres bij ons bekend is');
    const mail = await t().smtp.waitFor((m) => m.to.includes('anja@wijk.example'));
    expect(mail.subject).toBe('Een nieuw wachtwoord voor Wijkportaal');
    expect(mail.text).toContain('Beste Anja');
    const path = linkIn(mail.text);

    expect((await client.get(path)).statusCode).toBe(200);
    const weak = await client.post(path, { password: 'kort', passwordRepeat: 'kort' });
    expect(weak.statusCode).toBe(422);
    expect(weak.body).toContain('minstens 10 tekens');
    const done = await client.post(path, { password: 'paarse fietsen in oost', passwordRepeat: 'paarse fietsen in oost' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/inloggen?melding=wachtwoord-gewijzigd');

    const again = await client.get(path);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('Deze link is al gebruikt');
    expect((await t().client().signIn('anja@wijk.example', TEST_PASSWORD)).statusCode).toBe(422);
    expect((await t().client().signIn('anja@wijk.example', 'paarse fietsen in oost')).statusCode).toBe(303);
  });

  it('gives the same answer for an unknown address and sends nothing', async () => {
    const before = t().smtp.mails.length;
    const client = t().client();
    await client.get('/wachtwoord-vergeten');
    const asked = await client.post('/wachtwoord-vergeten', { email: 'onbekend@wijk.example' });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('Als dit e-mailadres bij ons bekend is');
    await new Promise((r) => setTimeout(r, 200));
    expect(t().smtp.mails.length).toBe(before);
  });

  it('lets a link expire after an hour', async () => {
    await createTestUser(t().db, { email: 'laat@wijk.example' });
    const client = t().client();
    await client.get('/wachtwoord-vergeten');
    await client.post('/wachtwoord-vergeten', { email: 'laat@wijk.example' });
    const path = linkIn((await t().smtp.waitFor((m) => m.to.includes('laat@wijk.example'))).text);
    t().clock.advanceMinutes(61);
    const late = await client.get(path);
    expect(late.statusCode).toBe(410);
    expect(late.body).toContain('Deze link is verlopen');
  });

  it('refuses forged links', async () => {
    const forged = await t()
      .client()
      .get('/wachtwoord-herstellen/' + 'A'.repeat(43));
    expect(forged.statusCode).toBe(404);
    expect((await t().client().get('/wachtwoord-herstellen/kort')).statusCode).toBe(404);
  });

  it('limits reset requests per address', async () => {
    await createTestUser(t().db, { email: 'vaak@wijk.example' });
    const client = t().client();
    await client.get('/wachtwoord-vergeten');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await client.post('/wachtwoord-vergeten', { email: 'vaak@wijk.example' })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
