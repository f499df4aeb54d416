import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { uploader } from './hsds-files.testing.ts';

const examples = new URL('./schemas/examples/', import.meta.url);

describeEachEngine('the import reads Open Referral’s own HSDS 3 examples (issue 13)', (t) => {
  it('accepts every example file, one after another, and a second time changes nothing', async () => {
    await createTestUser(t().db, { email: 'coord@voorbeeld.example', roles: [{ role: 'coordinator', district: 'oost' }] });
    const coordinator = t().client();
    await coordinator.signIn('coord@voorbeeld.example', TEST_PASSWORD);
    const send = await uploader(t(), coordinator);
    const files = readdirSync(examples).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(12);
    for (const file of files) {
      const answer = await send(readFileSync(new URL(file, examples), 'utf8'));
      const problems = [...answer.body.matchAll(/<code>([^<]*)<\/code><span>([^<]*)</g)].map((m) => `${m[1]}${m[2]}`);
      expect([file, answer.statusCode, problems]).toEqual([file, 200, []]);
      expect(answer.body).toMatch(/Klaar: \d+ nieuw/);
    }
    // A cost in pounds and words is kept as words to ask about; the guide counts only euros.
    // (The lists, imported later, hold the service without its costs: the full one again.)
    expect((await send(readFileSync(new URL('service_full.json', examples), 'utf8'))).statusCode).toBe(200);
    const service = await t()
      .db.selectFrom('services')
      .select(['cost_kind', 'cost_description'])
      .where('id', '=', 'ac148810-d857-441c-9679-408f346de14b')
      .executeTakeFirstOrThrow();
    expect(service).toEqual({ cost_kind: 'ask', cost_description: 'Under 18s and Over 60s 35 GBP: per 1 hour session' });
    const again = await send(readFileSync(new URL('service_full.json', examples), 'utf8'));
    expect(again.body).toMatch(/Klaar: 0 nieuw, 0 veranderd/);
  });

  it('says which rule is this portal’s own, and why', async () => {
    await createTestUser(t().db, { email: 'coord2@voorbeeld.example', roles: [{ role: 'coordinator', district: 'oost' }] });
    const coordinator = t().client();
    await coordinator.signIn('coord2@voorbeeld.example', TEST_PASSWORD);
    const send = await uploader(t(), coordinator);
    const service = JSON.parse(readFileSync(new URL('service_full.json', examples), 'utf8'));
    service.phones[0].number = 'bel de receptie';
    const phone = await send(JSON.stringify(service));
    expect(phone.statusCode).toBe(422);
    expect(phone.body).toContain('Dit is een regel van Wijkportaal (HSDS 3 staat elke tekst toe)');
    expect(phone.body).not.toContain('Dit klopt niet met HSDS 3');
    service.phones[0].number = '030 000 0000';
    service.service_areas[0].extent_type = 'buurt';
    const area = await send(JSON.stringify(service));
    expect(area.statusCode).toBe(422);
    expect(area.body).toContain('Dit is een regel van Wijkportaal (HSDS 3 staat elk werkgebied toe)');
  });
});
