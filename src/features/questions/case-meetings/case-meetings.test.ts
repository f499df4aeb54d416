import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { newId } from '../../../platform/clock.ts';
import { describeEachEngine, type TestApp } from '../../../testing/test-app.ts';

/** A question in Oost with a phone number, referred to Buurtteam Oost, and the ids of the organisations. */
async function setting(app: TestApp) {
  const org = async (name: string) =>
    (await app.db.selectFrom('organizations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const buurtteam = await org('Buurtteam Oost');
  const dock = await org('DOCK');
  const gezond = await org('Stichting Utrecht Oost Gezond');
  const question = await app.db
    .selectFrom('questions as q')
    .innerJoin('districts as d', 'd.id', 'q.district_id')
    .select(['q.id', 'q.reference', 'q.requester_name', 'q.phone'])
    .where('d.slug', '=', 'oost')
    .where('q.requester_name', 'is not', null)
    .where('q.phone', 'is not', null)
    .executeTakeFirstOrThrow();
  const referral = await app.db.selectFrom('referrals').selectAll().executeTakeFirstOrThrow();
  const at = app.clock.now().toISOString();
  await app.db
    .insertInto('referrals')
    .values({
      ...referral,
      id: newId(),
      question_id: question.id,
      organization_id: buurtteam,
      status: 'accepted',
      previous_referral_id: null,
    })
    .execute();
  // The resident consented to Buurtteam Oost and Utrecht Oost Gezond only.
  await app.db
    .insertInto('consents')
    .values({
      id: newId(),
      question_id: question.id,
      organization_ids: JSON.stringify([buurtteam, gezond]),
      neighbour_help: 0,
      items: JSON.stringify(['name', 'phone']),
      purpose: 'Casusoverleg',
      how: 'verbal',
      status: 'given',
      valid_until: '2099-12-31',
      recorded_by: (
        await app.db.selectFrom('users').select('id').where('email', '=', 'professional.oost@wijkportaal.example').executeTakeFirstOrThrow()
      ).id,
      created_at: at,
      given_at: at,
      answered_at: at,
      withdrawn_at: null,
      withdrawn_by: null,
    })
    .execute();
  return { buurtteam, dock, gezond, question: { ...question, name: question.requester_name ?? '', phone: question.phone ?? '' } };
}

describeEachEngine('case meetings (MDO)', (t) => {
  it('shows personal data only to organisations the consent covers, puts agreements on the timeline and audits every read', async () => {
    const { buurtteam, dock, question } = await setting(t());
    const karim = t().client();
    await karim.signIn('professional.oost@wijkportaal.example', DEMO_PASSWORD);
    const form = await karim.get('/oost/casusoverleg/nieuw');
    expect(form.body).toContain('<abbr title=');
    const convened = await karim.post('/oost/casusoverleg/nieuw', {
      reference: question.reference,
      partners: [dock],
      topic: 'Eenzaamheid en schulden',
      meetsOn: '2026-12-10',
      startsAt: '14:30',
      place: 'Wijkcentrum De Leeuw',
    });
    expect(convened.body.match(/utrecht-form-field-error-message[^>]*>([^<]*)/)?.[1] ?? '').toBe('');
    expect(convened.statusCode).toBe(303);
    const path = convened.headers.location as string;

    const own = await karim.get(path);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain(question.name);

    const mila = t().client();
    await mila.signIn('mila.dock@wijkportaal.example', DEMO_PASSWORD);
    const partner = await mila.get(path);
    expect(partner.statusCode).toBe(200);
    expect(partner.body).toContain('Eenzaamheid en schulden');
    expect(partner.body).not.toContain(question.name);
    expect(partner.body).not.toContain(question.phone);

    const ruud = t().client();
    await ruud.signIn('ruud.nizu@wijkportaal.example', DEMO_PASSWORD);
    expect((await ruud.get(path)).statusCode).toBe(403);

    const agreed = await mila.post(`${path}/afspraak`, { lead: buurtteam, nextStep: 'Huisbezoek', dueOn: '2026-12-17' });
    expect(agreed.statusCode).toBe(303);
    const refused = await mila.post(`${path}/afspraak`, { lead: buurtteam, nextStep: '', dueOn: 'morgen' });
    expect(refused.statusCode).toBe(422);
    const events = await t().db.selectFrom('question_events').select(['kind', 'body']).where('question_id', '=', question.id).execute();
    expect(events).toContainEqual({ kind: 'case_agreement', body: 'Huisbezoek (2026-12-17)' });
    expect(events.map((e) => e.kind)).toContain('case_meeting');

    const reads = await t().db.selectFrom('audit_log').select(['details']).where('action', '=', 'questions.case_meeting.read').execute();
    expect(reads.length).toBeGreaterThanOrEqual(3);
  });

  it('lets only a professional whose organisation was asked to help convene one', async () => {
    const { dock, question } = await setting(t());
    const mila = t().client();
    await mila.signIn('mila.dock@wijkportaal.example', DEMO_PASSWORD);
    await mila.get('/oost/casusoverleg/nieuw');
    const refused = await mila.post('/oost/casusoverleg/nieuw', {
      reference: 'GEEN-KENMERK',
      partners: [dock],
      topic: 'x',
      meetsOn: '2026-12-10',
      startsAt: '14:30',
      place: 'Wijkcentrum',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('GEEN-KENMERK');
    const notYours = await mila.post('/oost/casusoverleg/nieuw', {
      reference: question.reference,
      partners: [dock],
      topic: 'x',
      meetsOn: '2026-12-10',
      startsAt: '14:30',
      place: 'Wijkcentrum',
    });
    expect([422, 409]).toContain(notYours.statusCode);
  });

  it('mails each partner date, time, place, link and an .ics, with personal data only where the consent covers that partner', async () => {
    const { dock, gezond, question } = await setting(t());
    const karim = t().client();
    await karim.signIn('professional.oost@wijkportaal.example', DEMO_PASSWORD);
    await karim.get('/oost/casusoverleg/nieuw');
    const meeting = { reference: question.reference, partners: [dock, gezond], topic: 'Schulden', meetsOn: '2026-12-10' };
    const missing = await karim.post('/oost/casusoverleg/nieuw', meeting);
    expect(missing.statusCode).toBe(422);
    const convened = await karim.post('/oost/casusoverleg/nieuw', { ...meeting, startsAt: '14:30', place: 'Wijkcentrum De Leeuw' });
    expect(convened.statusCode).toBe(303);
    const path = convened.headers.location as string;
    const toDock = await t().smtp.waitFor((m) => m.to.includes('mila.dock@wijkportaal.example') && m.text.includes(path));
    const toGezond = await t().smtp.waitFor((m) => m.to.includes('noor.gezond@wijkportaal.example') && m.text.includes(path));
    for (const mail of [toDock, toGezond]) {
      expect(mail.text).toContain('10 december 2026 om 14:30');
      expect(mail.text).toContain('Wijkcentrum De Leeuw');
      expect(mail.subject).toBe(`Casusoverleg over vraag ${question.reference}`);
      const ics = mail.attachments.find((a) => a.filename === 'casusoverleg.ics')?.content.toString('utf8') ?? '';
      expect(ics).toContain('DTSTART:20261210T133000Z');
      expect(ics).toContain('LOCATION:Wijkcentrum De Leeuw');
      expect(ics).not.toContain(question.name);
    }
    expect(toDock.text).not.toContain(question.name);
    expect(toDock.text).not.toContain(question.phone);
    expect(toDock.text).toContain('De casus is anoniem');
    expect(toGezond.text).toContain(question.name);
    expect(toGezond.text).toContain(question.phone);
    const mailed = await t().db.selectFrom('audit_log').select('details').where('action', '=', 'questions.personal_data.mailed').execute();
    expect(mailed.filter((m) => String(m.details).includes(gezond))).toHaveLength(1);
    expect(mailed.filter((m) => String(m.details).includes(dock))).toHaveLength(0);
  });
});
