import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';

describeEachEngine('sign-in, sessions and roles', (t) => {
  it('signs in with the right password and rotates the session', async () => {
    await createTestUser(t().db, { email: 'femke@wijk.example', roles: [{ role: 'coordinator', district: 'oost' }] });
    const client = t().client();
    const form = await client.get('/inloggen');
    expect(form.body).toContain('autocomplete="current-password"');
    const response = await client.post('/inloggen', { email: 'Femke@Wijk.example ', password: TEST_PASSWORD });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/oost');
    const first = client.cookie('wp_session');
    expect(first).toBeDefined();
    const cookie = response.cookies.find((c) => c.name === 'wp_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });
    const page = await client.get('/oost');
    expect(page.body).toContain('Uitloggen');

    await client.signIn('femke@wijk.example', TEST_PASSWORD);
    expect(client.cookie('wp_session')).not.toBe(first);
    const stale = t().client();
    stale.setCookie('wp_session', first ?? '');
    expect((await stale.get('/account')).statusCode).toBe(303);
  });

  it('gives the same answer for a wrong password and an unknown address', async () => {
    await createTestUser(t().db, { email: 'karim@wijk.example' });
    const wrong = await t().client().signIn('karim@wijk.example', 'niet het goede wachtwoord');
    const unknown = await t().client().signIn('niemand@wijk.example', 'niet het goede wachtwoord');
    expect(wrong.statusCode).toBe(422);
    expect(unknown.statusCode).toBe(422);
    for (const r of [wrong, unknown]) expect(r.body).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    const audit = await t().db.selectFrom('audit_log').select('action').where('action', '=', 'auth.sign_in_failed').execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('shows form errors beside the fields and in a summary, and stores nothing', async () => {
    const client = t().client();
    await client.get('/inloggen');
    const response = await client.post('/inloggen', { email: 'geen-adres', password: '' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('id="error-summary"');
    expect(response.body).toContain('<script src="/assets/wijkportaal.js" defer></script>');
    expect(response.body).toContain('href="#field-email"');
    expect(response.body).toMatch(/id="field-email"[^>]*aria-invalid="true"[^>]*aria-describedby="field-email-error"/);
    expect(response.body).toContain('<title>Fout: Inloggen');
    expect(client.cookie('wp_session')).toBeUndefined();
  });

  it('limits sign-in attempts per address with a clear message', async () => {
    await createTestUser(t().db, { email: 'ria@wijk.example' });
    const client = t().client();
    let last = await client.signIn('ria@wijk.example', 'fout fout fout');
    for (let i = 0; i < 8; i++) last = await client.signIn('ria@wijk.example', 'fout fout fout');
    expect(last.statusCode).toBe(429);
    expect(last.headers['retry-after']).toBeDefined();
    expect(last.body).toContain('U heeft het te vaak geprobeerd');
    const even = await client.signIn('ria@wijk.example', TEST_PASSWORD);
    expect(even.statusCode).toBe(429);
    t().clock.advanceMinutes(16);
    expect((await client.signIn('ria@wijk.example', TEST_PASSWORD)).statusCode).toBe(303);
  });

  it('lets no more than eight wrong passwords through, even when they come at once', async () => {
    await createTestUser(t().db, { email: 'tegelijk@wijk.example' });
    const answers = await Promise.all(Array.from({ length: 12 }, () => t().client().signIn('tegelijk@wijk.example', 'fout fout fout')));
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([...Array.from({ length: 8 }, () => 422), ...Array.from({ length: 4 }, () => 429)]);
  });

  it('never stops someone who signs in rightly, however often', async () => {
    await createTestUser(t().db, { email: 'vaak@wijk.example' });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await t().client().signIn('vaak@wijk.example', TEST_PASSWORD)).statusCode);
    expect(statuses).toEqual(Array.from({ length: 12 }, () => 303));
  });

  it('signs out and records sign-in and sign-out in the audit log', async () => {
    const id = await createTestUser(t().db, { email: 'joop@wijk.example' });
    const client = t().client();
    await client.signIn('joop@wijk.example', TEST_PASSWORD);
    await client.get('/account');
    const out = await client.post('/uitloggen', {});
    expect(out.statusCode).toBe(303);
    expect((await client.get('/account')).statusCode).toBe(303);
    const actions = await t().db.selectFrom('audit_log').select('action').where('actor_user_id', '=', id).orderBy('at').execute();
    expect(actions.map((a) => a.action)).toEqual(['auth.sign_in', 'auth.sign_out']);
  });

  it('ends a session after two idle hours', async () => {
    await createTestUser(t().db, { email: 'idle@wijk.example' });
    const client = t().client();
    await client.signIn('idle@wijk.example', TEST_PASSWORD);
    expect((await client.get('/account')).statusCode).toBe(200);
    t().clock.advanceMinutes(121);
    expect((await client.get('/account')).statusCode).toBe(303);
  });

  it('keeps a coordinator of Oost out of Overvecht', async () => {
    await createTestUser(t().db, {
      email: 'admin.oost@wijk.example',
      roles: [
        { role: 'administrator', district: 'oost' },
        { role: 'coordinator', district: 'oost' },
      ],
    });
    const client = t().client();
    await client.signIn('admin.oost@wijk.example', TEST_PASSWORD);
    expect((await client.get('/oost/beheer/mensen')).statusCode).toBe(200);
    const elsewhere = await client.get('/overvecht/beheer/mensen');
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.body).toContain('U mag deze pagina niet zien');
    expect((await client.json('GET', '/api/v1/districts/overvecht/people')).statusCode).toBe(403);
    expect((await client.json('GET', '/api/v1/districts/oost/people')).statusCode).toBe(200);
  });

  it('sends people who are not signed in to the sign-in page, and API callers a 401', async () => {
    const page = await t().app.inject('/oost/beheer/mensen');
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/inloggen?terug=%2Foost%2Fbeheer%2Fmensen');
    const long = await t().app.inject(`/oost/beheer/mensen?q=${'é'.repeat(2000)}`);
    expect(long.headers.location).toBe('/inloggen');
    expect((await t().app.inject('/api/v1/me')).statusCode).toBe(401);
  });
});
