import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { DEMO_PASSWORD } from '../help.testing.ts';

const COORDINATOR = 'coordinator.oost@wijkportaal.example';

describeEachEngine('a VOG recorded later, and one that lapses', (t) => {
  it('proposes a volunteer for a VOG kind only while a recorded VOG counts', async () => {
    t().clock.set('2026-12-01T10:00:00.000Z');
    const oost = (await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow()).id;
    // Three requests of Oost waiting for a volunteer, made into a walk, once, of an hour (walks will ask a VOG).
    const requests = await t()
      .db.selectFrom('help_requests')
      .select('id')
      .where('district_id', '=', oost)
      .where('status', 'in', ['new', 'checked', 'matching'])
      .where('open_proposal_id', 'is', null)
      .limit(3)
      .execute();
    expect(requests).toHaveLength(3);
    await t()
      .db.updateTable('help_requests')
      .set({ status: 'checked', kind: 'service', talent: 'walk', frequency: 'once', estimated_minutes: 60, open_proposal_id: null })
      .where(
        'id',
        'in',
        requests.map((r) => r.id),
      )
      .execute();
    // An active volunteer of Oost without a VOG (as if invited before the cooperative's intake), who walks anywhere in Oost.
    const lotte = await t()
      .db.selectFrom('help_volunteers')
      .select(['id', 'user_id'])
      .where('district_id', '=', oost)
      .where('active', '=', 1)
      .where('vog_on_file', '=', 0)
      .executeTakeFirstOrThrow();
    await t().db.updateTable('help_volunteers').set({ talents: 1, reach: 'district' }).where('id', '=', lotte.id).execute();

    const coordinator = t().client();
    await coordinator.signIn(COORDINATOR, DEMO_PASSWORD);
    await coordinator.get('/oost/cooperatie/vog');
    expect((await coordinator.post('/oost/cooperatie/vog', { talents: ['walk', 'home_visit'] })).statusCode).toBe(303);
    const [first, second, third] = requests.map((r) => r.id);
    const candidates = async (id: string | undefined) =>
      (await coordinator.json('GET', `/api/v1/districts/oost/help/requests/${id}/candidates`)).json<{ volunteerId: string }[]>();
    const propose = (id: string | undefined) =>
      coordinator.json('POST', `/api/v1/districts/oost/help/requests/${id}/proposals`, { volunteerId: lotte.id });

    // Without a VOG: not among the candidates, and a proposal is refused.
    expect((await candidates(first)).map((c) => c.volunteerId)).not.toContain(lotte.id);
    expect((await propose(first)).json().error.code).toBe('help.rule.vog');

    // The coordinator records the date on her VOG: not in the future, not before 1990, the input kept.
    const page = `/oost/hulp/vrijwilligers/${lotte.id}/vog`;
    expect((await coordinator.get('/oost/hulp/vrijwilligers')).body).toContain(`href="${page}"`);
    expect((await coordinator.get(page)).body).toContain('Er is nog geen VOG van');
    const future = await coordinator.post(page, { vogDate: '2026-12-02' });
    expect(future.statusCode).toBe(422);
    expect(future.body).toContain('Deze datum ligt in de toekomst.');
    expect(future.body).toContain('value="2026-12-02"');
    const old = await coordinator.post(page, { vogDate: '1989-12-31' });
    expect(old.statusCode).toBe(422);
    expect(old.body).toContain('Deze datum ligt voor 1990.');
    const saved = await coordinator.post(page, { vogDate: '2026-06-01' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/oost/hulp/vrijwilligers?melding=vog');
    const row = () =>
      t().db.selectFrom('help_volunteers').select(['vog_on_file', 'vog_date']).where('id', '=', lotte.id).executeTakeFirstOrThrow();
    expect(await row()).toEqual({ vog_on_file: 1, vog_date: '2026-06-01' });
    const audited = await t().db.selectFrom('audit_log').select('details').where('action', '=', 'help.volunteer.vog_recorded').execute();
    expect(audited.map((a) => a.details)).toContainEqual(expect.stringContaining('2026-06-01'));

    // No period set: the page says so plainly, and the VOG counts.
    const words = (await coordinator.get('/oost/cooperatie/vog')).body.replace(/<[^>]+>/g, ''); // the word VOG is a glossary link
    expect(words).toContain('Het bestuur heeft nog niet vastgelegd hoe lang een VOG geldig is');
    expect((await candidates(first)).map((c) => c.volunteerId)).toContain(lotte.id);
    expect((await propose(first)).statusCode).toBe(200);

    // The board's period: a year. Wrong twice, the input kept; then saved.
    const validity = '/oost/cooperatie/vog/geldigheid';
    const wrong = await coordinator.post(validity, { amount: '11', unit: 'years' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('1 tot en met 10 jaar');
    expect(wrong.body).toContain('value="11"');
    expect((await coordinator.post(validity, { amount: 'een', unit: 'months' })).statusCode).toBe(422);
    expect((await coordinator.post(validity, { amount: '1', unit: 'years' })).statusCode).toBe(303);
    expect(await t().db.selectFrom('help_vog_validity').select('months').where('district_id', '=', oost).execute()).toEqual([
      { months: 12 },
    ]);

    // Two months before its last day it shows on the coordinator's list; it still counts.
    t().clock.set('2027-04-15T10:00:00.000Z');
    await coordinator.signIn(COORDINATOR, DEMO_PASSWORD); // months on: a new session
    const soon = (await coordinator.get('/oost/hulp/vrijwilligers')).body;
    expect(soon).toContain('VOG verlopen of bijna verlopen');
    expect(soon).toContain('telt tot en met 1 juni 2027');
    expect((await candidates(second)).map((c) => c.volunteerId)).toContain(lotte.id);

    // The day after its last day: lapsed. No candidate, no proposal; the list says so.
    t().clock.set('2027-06-02T10:00:00.000Z');
    await coordinator.signIn(COORDINATOR, DEMO_PASSWORD); // months on: a new session
    expect((await candidates(second)).map((c) => c.volunteerId)).not.toContain(lotte.id);
    expect((await propose(second)).json().error.code).toBe('help.rule.vog');
    expect((await coordinator.get('/oost/hulp/vrijwilligers')).body).toContain('Verlopen.');

    // Renewed: a new VOG's date, and she may be asked again.
    expect((await coordinator.post(page, { vogDate: '2027-06-01' })).statusCode).toBe(303);
    expect((await propose(third)).statusCode).toBe(200);
  });
});
