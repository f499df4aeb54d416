import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';

const WRONG = 'fout fout fout';
const stranger = (n: number) => `203.0.113.${n}`;
const unlockPathIn = (text: string) =>
  new URL(/http:\/\/localhost:3000\/inloggen\/apparaat\/\S+/.exec(text)?.[0] ?? 'http://x/none').pathname;

describeEachEngine('sign-in: strangers cannot lock the owner out', (t) => {
  it('lets the owner in after nine failures from strangers elsewhere', async () => {
    await createTestUser(t().db, { email: 'eigenaar@wijk.example' });
    for (let i = 1; i <= 9; i++)
      await t()
        .client({ address: stranger(i % 3) })
        .signIn('eigenaar@wijk.example', WRONG);
    const oneStranger = t().client({ address: stranger(7) });
    let last = await oneStranger.signIn('eigenaar@wijk.example', WRONG);
    for (let i = 0; i < 8; i++) last = await oneStranger.signIn('eigenaar@wijk.example', WRONG);
    expect(last.statusCode).toBe(429);

    const owner = await t().client({ address: '198.51.100.20' }).signIn('eigenaar@wijk.example', TEST_PASSWORD);
    expect(owner.statusCode).toBe(303);
  });

  it('keeps the owner’s own browser working while strangers guess from many addresses, and mails a link for a new device', async () => {
    await createTestUser(t().db, { email: 'belaagd@wijk.example', name: 'Belaagd' });
    const ownBrowser = t().client({ address: '198.51.100.30' });
    expect((await ownBrowser.signIn('belaagd@wijk.example', TEST_PASSWORD)).statusCode).toBe(303);
    expect(ownBrowser.cookie('wp_apparaat')).toBeDefined();
    await ownBrowser.post('/uitloggen', {});

    for (let i = 0; i < 21; i++)
      await t()
        .client({ address: stranger(i + 10) })
        .signIn('belaagd@wijk.example', WRONG);
    expect((await ownBrowser.signIn('belaagd@wijk.example', TEST_PASSWORD)).statusCode).toBe(303);

    const newPhone = t().client({ address: '198.51.100.31' });
    const refused = await newPhone.signIn('belaagd@wijk.example', TEST_PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('Dan sturen we u een e-mail met een link');
    const mail = await t().smtp.waitFor((m) => m.to.includes('belaagd@wijk.example') && m.subject.includes('nieuw apparaat'));
    await newPhone.signIn('belaagd@wijk.example', TEST_PASSWORD);
    const mails = t().smtp.mails.filter((m) => m.subject === mail.subject);
    expect(mails).toHaveLength(1);

    const opened = await newPhone.get(unlockPathIn(mail.text));
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe('/inloggen?melding=apparaat-bekend');
    expect((await newPhone.signIn('belaagd@wijk.example', TEST_PASSWORD)).statusCode).toBe(303);
  });

  it('answers an unknown address the same as a known one under attack, and mails nobody', async () => {
    for (let i = 0; i < 21; i++)
      await t()
        .client({ address: stranger(i + 50) })
        .signIn('niemand@wijk.example', WRONG);
    const answer = await t()
      .client({ address: stranger(99) })
      .signIn('niemand@wijk.example', WRONG);
    expect(answer.statusCode).toBe(429);
    expect(answer.body).toContain('Dan sturen we u een e-mail met een link');
    expect(t().smtp.mails.filter((m) => m.to.includes('niemand@wijk.example'))).toHaveLength(0);
  });

  it('refuses a forged, altered or expired unlock link', async () => {
    const forged = await t().client().get('/inloggen/apparaat/dXNlcg/99999999/bm90LWEtcmVhbC1zaWduYXR1cmU');
    expect(forged.statusCode).toBe(404);
    expect(forged.cookies.find((c) => c.name === 'wp_apparaat')).toBeUndefined();
    await createTestUser(t().db, { email: 'verlopen@wijk.example' });
    for (let i = 0; i < 21; i++)
      await t()
        .client({ address: stranger(i + 120) })
        .signIn('verlopen@wijk.example', WRONG);
    const mail = await t().smtp.waitFor((m) => m.to.includes('verlopen@wijk.example'));
    t().clock.advanceMinutes(61);
    const late = await t().client().get(unlockPathIn(mail.text));
    expect(late.statusCode).toBe(410);
    expect(late.body).toContain('Deze link is verlopen');
  });
});
