import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { askForm, JOOP, proposalPath, requestIdByPhone, signedIn, statusOf, steps, volunteerIdOf } from '../help.testing.ts';

describeEachEngine('neighbour help: people acting at the same time', (t) => {
  it('lets one of two coordinators match a request and tells the other clearly (no double match)', async () => {
    const resident = t().client();
    await resident.get('/oost/hulp/vragen');
    await resident.post('/oost/hulp/vragen', askForm({ phone: '06 4444 0001', street: 'Kastanjelaan 9' }));
    const id = await requestIdByPhone(t(), '06 4444 0001');
    const { client: femke } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }], 'Eerste');
    const { client: sanne } = await signedIn(t(), [{ role: 'coordinator', district: 'oost', buurt: 'sterrenwijk' }], 'Tweede');
    await femke.get(`/oost/hulp/balie/${id}`);
    await femke.post(`/oost/hulp/balie/${id}/controleren`, { talent: 'groceries', frequency: 'once', duration: '60' });
    await femke.get(`/oost/hulp/balie/${id}`);
    await sanne.get(`/oost/hulp/balie/${id}`);
    const joop = await volunteerIdOf(t(), JOOP);
    const ahmet = await volunteerIdOf(t(), 'ahmet.fietser@wijkportaal.example');
    const answers = await Promise.all([
      femke.post(`/oost/hulp/balie/${id}/voorstellen`, { volunteer: joop }),
      sanne.post(`/oost/hulp/balie/${id}/voorstellen`, { volunteer: ahmet }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([303, 409]);
    const loser = answers.find((a) => a.statusCode === 409);
    expect(loser?.body).toContain('Een andere coördinator heeft net een vrijwilliger voorgesteld');
    const proposals = await t().db.selectFrom('help_proposals').select('id').where('request_id', '=', id).execute();
    expect(proposals).toHaveLength(1);
    expect(await statusOf(t(), id)).toBe('matching');
  });

  it('holds "one service at a time" when one person sends two requests at once', async () => {
    const first = t().client();
    const second = t().client();
    await first.get('/oost/hulp/vragen');
    await second.get('/oost/hulp/vragen');
    const answers = await Promise.all([
      first.post('/oost/hulp/vragen', askForm({ phone: '06 4444 0002', street: '', what: 'Eerste vraag' })),
      second.post('/oost/hulp/vragen', askForm({ phone: '0644440002', street: '', what: 'Tweede vraag' })),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([303, 422]);
    expect(answers.find((a) => a.statusCode === 422)?.body).toContain('U heeft al een hulpvraag die nog loopt');
    const stored = await t().db.selectFrom('help_requests').select('id').where('phone', 'in', ['06 4444 0002', '0644440002']).execute();
    expect(stored).toHaveLength(1);
  });

  it('keeps a yes from the volunteer and a withdrawal at the same moment consistent, whichever comes first', async () => {
    const resident = t().client();
    await resident.get('/oost/hulp/vragen');
    const asked = await resident.post(
      '/oost/hulp/vragen',
      askForm({ phone: '06 4444 0003', street: 'Kastanjelaan 11', what: 'Boodschappen voor de race' }),
    );
    const statusPath = String(asked.headers.location).split('?')[0] ?? '';
    const id = await requestIdByPhone(t(), '06 4444 0003');
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    await coordinator.get(`/oost/hulp/balie/${id}`);
    await coordinator.post(`/oost/hulp/balie/${id}/controleren`, { talent: 'groceries', frequency: 'once', duration: '60' });
    await coordinator.post(`/oost/hulp/balie/${id}/voorstellen`, { volunteer: await volunteerIdOf(t(), JOOP) });
    const link = await proposalPath(t(), JOOP, 'Boodschappen voor de race');
    const volunteer = t().client();
    await volunteer.get(link);
    await resident.get(statusPath);
    const [accepted] = await Promise.all([volunteer.post(link, { answer: 'accept' }), resident.post(`${statusPath}/intrekken`, {})]);
    expect(await statusOf(t(), id)).toBe('withdrawn');
    const proposal = await t().db.selectFrom('help_proposals').select('answer').where('request_id', '=', id).executeTakeFirstOrThrow();
    const timeline = await steps(t(), id);
    if (accepted.statusCode === 200) {
      // The yes came first: matched, then withdrawn, and the volunteer hears there is no need to go.
      expect(proposal.answer).toBe('accepted');
      expect(timeline.slice(-2)).toEqual(['matched', 'withdrawn']);
      await t().smtp.waitFor((m) => m.to.includes(JOOP) && m.subject.startsWith('Hulpvraag ingetrokken'));
    } else {
      // The withdrawal came first: the yes changes nothing and says so (the link no longer works, or lost the race).
      expect([409, 410]).toContain(accepted.statusCode);
      expect(accepted.body).toContain('Deze hulpvraag is niet meer open');
      expect(proposal.answer).toBe('cancelled');
      expect(timeline).not.toContain('matched');
    }
  });
});
