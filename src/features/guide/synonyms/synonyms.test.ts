import { expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';

describeEachEngine('everyday words lead to themes, and an empty search points next door (issue 10.4, 10.5)', (t) => {
  const titles = (body: string) => [...body.matchAll(/class="utrecht-link wp-card__link" href="[^"]+">([^<]+)</g)].map((m) => m[1]);

  it('finds a theme by an everyday word, and a coordinator’s change of the words changes what is found', async () => {
    const klusje = await t().client().get('/oost/gids?q=klusje');
    expect(klusje.body).toContain('U zocht &#34;klusje&#34;. We zochten ook naar het thema &#34;Praktische hulp in en om het huis&#34;.');
    expect(titles(klusje.body).length).toBeGreaterThan(0);
    expect(titles((await t().client().get('/oost/gids?q=voetbal')).body)).toEqual([]);

    await createTestUser(t().db, { email: 'woorden@wijk.example', roles: [{ role: 'coordinator', district: 'oost' }] });
    const coordinator = t().client();
    await coordinator.signIn('woorden@wijk.example', TEST_PASSWORD);
    expect((await coordinator.get('/oost/gids/beheer/woorden')).body).toContain('klusje');
    const form = await coordinator.get('/oost/gids/beheer/woorden/bewegen');
    expect(form.body).toContain('wandelen');
    const wrong = await coordinator.post('/oost/gids/beheer/woorden/bewegen', { woorden: 'sport\nsamen voetballen' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('&#34;samen voetballen&#34; is meer dan één woord');
    expect(wrong.body).toContain('samen voetballen</textarea>');
    const saved = await coordinator.post('/oost/gids/beheer/woorden/bewegen', { woorden: 'sport, Voetbal\nwandelen' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/oost/gids/beheer/woorden/bewegen?melding=opgeslagen');

    // The same instance sees it at once; the audit log says who changed what.
    const voetbal = await t().client().get('/oost/gids?q=voetbal');
    expect(voetbal.body).toContain('We zochten ook naar het thema &#34;Sport en bewegen&#34;');
    expect(titles(voetbal.body)).toContain('Buurtsport voor jong en oud');
    const log = await t().db.selectFrom('audit_log').select(['details']).where('action', '=', 'guide.theme_words_set').execute();
    expect(log).toHaveLength(1);
    expect(JSON.parse(log[0]?.details ?? '{}')).toMatchObject({ theme: 'bewegen', after: 'sport, voetbal, wandelen' });

    // Nobody else may change them.
    const resident = t().client();
    await createTestUser(t().db, { email: 'bewoner-woorden@wijk.example', roles: [{ role: 'resident', district: 'oost' }] });
    await resident.signIn('bewoner-woorden@wijk.example', TEST_PASSWORD);
    expect((await resident.get('/oost/gids/beheer/woorden')).statusCode).toBe(403);
    expect((await coordinator.get('/oost/gids/beheer/woorden/vliegen')).statusCode).toBe(404);
  });

  it('says which filter to drop and what the buurten next door have', async () => {
    const page = await t().client().get('/oost/gids?q=buurtnetwerk+wittevrouwen&buurt=sterrenwijk&soort=aanbod');
    expect(page.body).toContain('0 resultaten');
    expect(page.body).toContain('In de buurten ernaast');
    expect(page.body).toContain(
      'href="/oost/gids?q=buurtnetwerk+wittevrouwen&buurt=buiten-wittevrouwen&soort=aanbod">Buiten Wittevrouwen: 1 gevonden</a>',
    );
    expect(titles(page.body)).toEqual(['Buurtnetwerk Buiten Wittevrouwen']);
    // Dropping the buurt is offered too, with what it then finds.
    expect(page.body).toMatch(/href="\/oost\/gids\?q=buurtnetwerk\+wittevrouwen&soort=aanbod">[^<]*buurt[^<]*1[^<]*<\/a>/i);
  });
});
