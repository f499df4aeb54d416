import { expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD, type TestRole } from '../../../platform/testing/users.ts';
import { describeEachEngine, type TestApp } from '../../../testing/test-app.ts';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/\s+/g, ' ');
const find = (t: TestApp, typed: string) => t.client().get(`/oost/mijn-buurt?zoek=${encodeURIComponent(typed)}`);

async function signedIn(t: TestApp, role: TestRole) {
  const email = `${role.role}.${role.district ?? 'all'}.${Math.random().toString(36).slice(2)}@wijk.example`;
  await createTestUser(t.db, { email, roles: [role] });
  const client = t.client();
  await client.signIn(email, TEST_PASSWORD);
  return client;
}

const goodCodes = 'buurtcode;buurt\nBU03440001;Oudwijk\nBU03440002;Abstede\n';
const goodPostcodes =
  'postcode;huisnummer_van;huisnummer_tot;straat;buurtcode\n3582 AB;;;Echte Straat;BU03440001\n3582 AC;;;Andere Straat;BU03440002\n';

describeEachEngine('find my buurt by postcode or street (issue 11.2)', (t) => {
  it('lands on the buurt from a postcode in any spacing, a street with a house number, or says why not', async () => {
    expect((await t().client().get('/oost')).body).toMatch(/<form method="get" action="\/oost\/mijn-buurt"/);
    for (const typed of ['3581 AB', '3581ab', ' 3581  AB ', 'voorbeeldlaan']) {
      const found = await find(t(), typed);
      expect([found.statusCode, found.headers.location]).toEqual([303, '/oost/buurten/sterrenwijk']);
    }
    expect((await find(t(), 'Voorbeeldsingel 25')).headers.location).toBe('/oost/buurten/abstede');
    expect((await find(t(), '3582 AB 7')).headers.location).toBe('/oost/buurten/oudwijk');

    const both = await find(t(), '3582 AB');
    expect(both.statusCode).toBe(200);
    expect(both.body).toContain('href="/oost/buurten/oudwijk"');
    expect(both.body).toContain('href="/oost/buurten/abstede"');
    expect(text(both.body)).toContain('verzonnen voor de demo');

    const elsewhere = await find(t(), '3562aa');
    expect(elsewhere.statusCode).toBe(200);
    expect(text(elsewhere.body)).toContain('3562 AA hoort bij Overvecht');
    expect(elsewhere.body).toContain('href="/overvecht/buurten/overvecht-noord"');

    const unknown = await find(t(), '1234 AB');
    expect(unknown.statusCode).toBe(422);
    expect(text(unknown.body)).toContain('Postcode 1234 AB kennen we niet');
    expect(unknown.body).toContain('aria-invalid="true"');
    expect(unknown.body).toContain('value="1234 AB"');
    expect(text((await find(t(), '12345')).body)).toContain('Dit is geen Nederlandse postcode');
    expect(text((await find(t(), '3581')).body)).toContain('Typ ook de 2 letters');
    expect(text((await find(t(), 'Nergensstraat')).body)).toContain('De straat "Nergensstraat" kennen we niet');
    expect([400, 422]).toContain((await find(t(), 'a\u0000b')).statusCode);
  });

  it('lets only an administrator of the district replace the table: all of it or nothing, line by line', async () => {
    expect((await t().client().get('/oost/beheer/postcodes')).statusCode).toBe(303);
    expect((await (await signedIn(t(), { role: 'coordinator', district: 'oost' })).get('/oost/beheer/postcodes')).statusCode).toBe(403);
    expect((await (await signedIn(t(), { role: 'administrator', district: 'overvecht' })).get('/oost/beheer/postcodes')).statusCode).toBe(
      403,
    );
    const admin = await signedIn(t(), { role: 'administrator', district: 'oost' });
    expect(text((await admin.get('/oost/beheer/postcodes')).body)).toContain('de voorbeeldlijst van de demo (15 regels, 15 buurtcodes');

    const wrong = `${goodPostcodes}9999;;;Straat;BU03440001\n3582 AD;3;1;Straat;BU03440009\n`;
    const refused = await admin.post('/oost/beheer/postcodes', { codes: goodCodes, postcodes: wrong });
    expect(refused.statusCode).toBe(422);
    const body = text(refused.body);
    expect(body).toContain('Er zijn 3 problemen.');
    expect(body).toContain('Regel 4: "9999" is geen Nederlandse postcode');
    expect(body).toContain('Regel 5: vul beide huisnummers in');
    expect(body).toContain('Regel 5: buurtcode "BU03440009" hoort niet bij een buurt van deze wijk');
    expect(refused.body).toContain('Echte Straat');
    expect((await find(t(), '3581 AB')).headers.location).toBe('/oost/buurten/sterrenwijk');

    const saved = await admin.post('/oost/beheer/postcodes', { codes: goodCodes, postcodes: goodPostcodes });
    expect([saved.statusCode, saved.headers.location]).toEqual([303, '/oost/beheer/postcodes?melding=opgeslagen']);
    expect((await find(t(), '3582 AC')).headers.location).toBe('/oost/buurten/abstede');
    expect((await find(t(), 'echte straat')).headers.location).toBe('/oost/buurten/oudwijk');
    const gone = await find(t(), '3581 AB');
    expect(gone.statusCode).toBe(422);
    expect(text(gone.body)).not.toContain('verzonnen voor de demo');
    // Overvecht's table stays as it was.
    expect(text((await find(t(), '3562 AA')).body)).toContain('hoort bij Overvecht');

    const keepCodes = await admin.post('/oost/beheer/postcodes', { codes: '', postcodes: goodPostcodes.replace('3582 AC', '3582 AD') });
    expect(keepCodes.statusCode).toBe(303);
    expect((await find(t(), '3582 AD')).headers.location).toBe('/oost/buurten/abstede');
    const audit = await t().db.selectFrom('audit_log').select('details').where('action', '=', 'portal.postcodes.imported').execute();
    expect(audit).toHaveLength(2);
  });
});
