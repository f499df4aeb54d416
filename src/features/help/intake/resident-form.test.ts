import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { askForm, askOnline, requestIdByPhone, signedIn } from '../help.testing.ts';

describeEachEngine('neighbour help: the resident form and what follows (issue 10)', (t) => {
  it('shows the house rules before the form and offers no duration the rules refuse', async () => {
    const page = (await t().client().get('/oost/hulp/vragen')).body;
    expect(page.indexOf('id="spelregels"')).toBeGreaterThan(-1);
    expect(page.indexOf('id="spelregels"')).toBeLessThan(page.indexOf('<form class="wp-form"'));
    expect(page).not.toContain('value="meer"');
    expect(page).toContain('maatschappelijk tarief afgesproken: een lagere prijs');
  });

  it('names the cooperative, not a placeholder, in the error summary', async () => {
    const client = t().client();
    await client.get('/oost/hulp/vragen');
    const answer = await client.post('/oost/hulp/vragen', askForm({ consent: '' }));
    expect(answer.statusCode).toBe(422);
    expect(answer.body).not.toMatch(/\{\w+\}/);
    expect(answer.body).toMatch(/href="#field-consent">Ik vind het goed dat [^{<]+ mijn gegevens/);
  });

  it('gives a resident who leaves only a phone number a reference the desk knows too', async () => {
    const client = t().client();
    const asked = await askOnline(client, { phone: '06 9999 0301', email: '' });
    const status = await client.get(String(asked.headers.location));
    const reference = /Uw kenmerk is ([0-9A-F]{8})/.exec(status.body)?.[1];
    const id = await requestIdByPhone(t(), '06 9999 0301');
    expect(reference).toBe(id.slice(0, 8).toUpperCase());
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    expect((await coordinator.get(`/oost/hulp/balie/${id}`)).body).toContain(reference);
  });
});
