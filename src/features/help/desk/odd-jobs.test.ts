import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { askForm, proposalPath, requestIdByPhone, signedIn, statusOf, volunteerIdOf } from '../help.testing.ts';

const KEES = 'kees.klusser@wijkportaal.example';

describeEachEngine('neighbour help: an odd job recorded by phone, with the network check and the fee', (t) => {
  it('records the request for a resident, checks the network before matching, and computes the fee paid in cash', async () => {
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    await coordinator.get('/oost/hulp/balie/nieuw');
    const recorded = await coordinator.post(
      '/oost/hulp/balie/nieuw',
      askForm({
        source: 'phone',
        name: 'Meneer Klus',
        phone: '06 3333 0001',
        buurt: 'watervogelbuurt',
        street: '',
        talent: 'repairs',
        what: 'Een plank ophangen',
        duration: '90',
      }),
    );
    expect(recorded.statusCode).toBe(303);
    const id = await requestIdByPhone(t(), '06 3333 0001');
    const row = await t().db.selectFrom('help_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'odd_job', source: 'phone', fee_rate_cents: 450, estimated_minutes: 90 });

    const desk = await coordinator.get('/oost/hulp/balie');
    expect(desk.body).toContain('Wacht op netwerkcheck');
    await coordinator.get(`/oost/hulp/balie/${id}`);
    await coordinator.post(`/oost/hulp/balie/${id}/controleren`, { talent: 'repairs', frequency: 'once', duration: '90' });
    const kees = await volunteerIdOf(t(), KEES);
    const early = await coordinator.post(`/oost/hulp/balie/${id}/voorstellen`, { volunteer: kees });
    expect(early.statusCode).toBe(422);
    expect(early.body).toContain('Doe eerst de netwerkcheck');
    expect(await t().db.selectFrom('help_proposals').select('id').where('request_id', '=', id).execute()).toEqual([]);

    expect(
      (await coordinator.post(`/oost/hulp/balie/${id}/netwerkcheck`, { answer: 'nobody', networkNote: 'Woont alleen' })).statusCode,
    ).toBe(303);
    expect((await coordinator.post(`/oost/hulp/balie/${id}/voorstellen`, { volunteer: kees })).statusCode).toBe(303);
    const link = await proposalPath(t(), KEES, 'Een plank ophangen');
    const volunteer = t().client();
    expect((await volunteer.get(link)).body).toContain('4,50 per uur');
    await volunteer.post(link, { answer: 'accept' });
    expect(await statusOf(t(), id)).toBe('matched');

    await coordinator.get(`/oost/hulp/balie/${id}`);
    expect((await coordinator.post(`/oost/hulp/balie/${id}/klaar`, { minutes: '90' })).statusCode).toBe(303);
    let done = await t().db.selectFrom('help_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(done).toMatchObject({ status: 'done', minutes_done: 90, fee_cents: 675, fee_paid: 0 });
    expect((await coordinator.post(`/oost/hulp/balie/${id}/betaald`, {})).statusCode).toBe(303);
    done = await t().db.selectFrom('help_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(done.fee_paid).toBe(1);
  });

  it('does not match an odd job that the network can do, nor many jobs, and refers them elsewhere', async () => {
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    const ask = async (phone: string, what: string) => {
      await coordinator.get('/oost/hulp/balie/nieuw');
      const saved = await coordinator.post(
        '/oost/hulp/balie/nieuw',
        askForm({ source: 'walk_in', phone, talent: 'garden', what, duration: '60' }),
      );
      return /balie\/([\w-]+)\?/.exec(String(saved.headers.location))?.[1] ?? '';
    };
    const networkCan = await ask('06 3333 0002', 'Tuin van de buren');
    await coordinator.get(`/oost/hulp/balie/${networkCan}`);
    await coordinator.post(`/oost/hulp/balie/${networkCan}/netwerkcheck`, { answer: 'network_can' });
    const page = await coordinator.get(`/oost/hulp/balie/${networkCan}`);
    expect(page.body).toContain('Familie, vrienden of buren kunnen deze klus doen');
    expect((await coordinator.post(`/oost/hulp/balie/${networkCan}/afwijzen`, { reason: 'network', declineNote: '' })).statusCode).toBe(
      303,
    );
    expect(await statusOf(t(), networkCan)).toBe('declined');

    // Three earlier odd jobs of the same person within the period: the fourth goes to the social entrepreneurs.
    const kees = await volunteerIdOf(t(), KEES);
    for (let i = 0; i < 3; i++) {
      const id = await ask('06 3333 0003', `Tuin, klus ${i + 1}`);
      await coordinator.get(`/oost/hulp/balie/${id}`);
      await coordinator.post(`/oost/hulp/balie/${id}/controleren`, { talent: 'garden', frequency: 'once', duration: '60' });
      await coordinator.post(`/oost/hulp/balie/${id}/netwerkcheck`, { answer: 'nobody' });
      await coordinator.post(`/oost/hulp/balie/${id}/voorstellen`, { volunteer: kees });
      const link = await proposalPath(t(), KEES, `Tuin, klus ${i + 1}`);
      const volunteer = t().client();
      await volunteer.get(link);
      await volunteer.post(link, { answer: 'accept' });
      await coordinator.get(`/oost/hulp/balie/${id}`);
      expect((await coordinator.post(`/oost/hulp/balie/${id}/klaar`, { minutes: '60', feePaid: 'on' })).statusCode).toBe(303);
    }
    const fourth = await ask('06 3333 0003', 'Tuin, klus 4');
    await coordinator.get(`/oost/hulp/balie/${fourth}`);
    await coordinator.post(`/oost/hulp/balie/${fourth}/controleren`, { talent: 'garden', frequency: 'once', duration: '60' });
    await coordinator.post(`/oost/hulp/balie/${fourth}/netwerkcheck`, { answer: 'nobody' });
    const refused = await coordinator.post(`/oost/hulp/balie/${fourth}/voorstellen`, { volunteer: kees });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Deze bewoner had kort geleden al veel klussen');
    expect(refused.body).toContain('Klusbedrijf Buurtwerk Oost (demo)');
    const referred = await coordinator.post(`/oost/hulp/balie/${fourth}/doorverwijzen`, {
      referKind: 'social_entrepreneur',
      referTo: 'Groenploeg Oost (demo)',
      referNote: '',
    });
    expect(referred.statusCode).toBe(303);
    const row = await t().db.selectFrom('help_requests').selectAll().where('id', '=', fourth).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'referred',
      outcome_reason: 'referred_social_entrepreneur',
      outcome_note: 'Groenploeg Oost (demo)',
    });
  });
});
