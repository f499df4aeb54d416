import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';

const statusPath = (location: string | undefined) => (location ?? '').replace(/\?.*$/, '');

describeEachEngine('asking a question without an account', (t) => {
  it('takes a question, mails a status link, and shows in plain words what happens', async () => {
    const resident = t().client();
    const form = await resident.get('/oost/vraag-stellen');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Stel uw vraag');
    const asked = await resident.post('/oost/vraag-stellen', {
      text: 'Ik krijg brieven van de belasting die ik niet snap. Kan iemand helpen met lezen?',
      name: 'Anja',
      contactBy: 'email',
      email: 'anja@voorbeeld.example',
      buurt: 'sterrenwijk',
      urgency: 'soon',
    });
    expect(asked.statusCode).toBe(303);
    expect(asked.headers.location).toMatch(/^\/mijn-vraag\/[\w-]{43}\?nieuw=1$/);
    const page = await resident.get(String(asked.headers.location));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Bewaar deze pagina');
    expect(page.body).toContain('Een coördinator uit de buurt leest uw vraag');
    expect(page.body).toContain('Sterrenwijk');
    const mail = await t().smtp.waitFor((m) => m.to.includes('anja@voorbeeld.example'));
    expect(mail.subject).toMatch(/^Uw vraag is binnen \(V-[2-9A-Z]{5}\)$/);
    const link = /http:\/\/localhost:3000(\/mijn-vraag\/[\w-]{43})/.exec(mail.text)?.[1];
    expect(link).toBeDefined();
    expect(link).toBe(statusPath(String(asked.headers.location)));
    expect(
      (
        await t()
          .client()
          .get(link ?? '')
      ).statusCode,
    ).toBe(200);
  });

  it('refuses an empty question, a question of 100 kB and a missing phone number, and stores nothing', async () => {
    const before = await t()
      .db.selectFrom('questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const client = t().client();
    await client.get('/oost/vraag-stellen');
    const empty = await client.post('/oost/vraag-stellen', { text: '   ', name: 'Piet', contactBy: 'phone', urgency: 'normal' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Schrijf uw vraag op.');
    expect(empty.body).toContain('Vul uw telefoonnummer in.');
    expect(empty.body).toContain('href="#field-text"');
    const huge = await client.post('/oost/vraag-stellen', {
      text: 'x'.repeat(100_000),
      name: 'Piet',
      contactBy: 'phone',
      phone: '06 12 34 56 78',
      urgency: 'normal',
    });
    expect(huge.statusCode).toBe(422);
    expect(huge.body).toContain('Gebruik niet meer dan 4000 tekens');
    const after = await t()
      .db.selectFrom('questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('shows HTML and script as text, never runs it', async () => {
    const client = t().client();
    await client.get('/oost/vraag-stellen');
    const asked = await client.post('/oost/vraag-stellen', {
      text: '<script>alert("x")</script><b>vet</b>',
      name: '<img src=x onerror=alert(1)>',
      contactBy: 'visit',
      street: '<i>Straat</i> 1',
      urgency: 'normal',
    });
    expect(asked.statusCode).toBe(303);
    const page = await client.get(String(asked.headers.location));
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).toContain('&lt;script>alert(&#34;x&#34;)&lt;/script>&lt;b>vet&lt;/b>');
  });

  it('takes ten questions an address per quarter of an hour; tries with a mistake do not count', async () => {
    const visitor = t().client({ address: '203.0.113.44' });
    await visitor.get('/oost/vraag-stellen');
    const question = { text: 'Waar kan ik koffie drinken?', name: 'Bea', contactBy: 'phone', phone: '06 11 22 33 44', urgency: 'normal' };
    for (let i = 0; i < 5; i++) expect((await visitor.post('/oost/vraag-stellen', { ...question, text: '' })).statusCode).toBe(422);
    for (let i = 0; i < 10; i++) expect((await visitor.post('/oost/vraag-stellen', question)).statusCode).toBe(303);
    await visitor.get('/oost/vraag-stellen');
    const refused = await visitor.post('/oost/vraag-stellen', { ...question, text: 'Nummer elf' });
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('Nummer elf');
    t().clock.advanceMinutes(16);
    expect((await visitor.post('/oost/vraag-stellen', question)).statusCode).toBe(303);
  });

  it('refuses forged and unknown status links with a plain page', async () => {
    const forged = await t()
      .client()
      .get(`/mijn-vraag/${'A'.repeat(43)}`);
    expect(forged.statusCode).toBe(404);
    expect(forged.body).toContain('Deze link klopt niet');
    expect((await t().client().get('/mijn-vraag/kort')).statusCode).toBe(404);
  });
});
