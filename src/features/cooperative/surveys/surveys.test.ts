import { beforeEach, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import type { TestClient } from '../../../platform/testing/client.ts';
import { createTestUser } from '../../../platform/testing/users.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
// eslint-disable-next-line boundaries/dependencies -- neighbour help's test helper files a real help request for the gap
import { askOnline, requestIdByPhone } from '../../help/help.testing.ts';
import { talents } from '../../help/index.ts';
import { insertCooperative } from '../shared/cooperative.repository.ts';
import { insertQuestion, insertSurvey } from './surveys.repository.ts';

const COORDINATOR = 'coordinator.oost@wijkportaal.example';

describeEachEngine('needs surveys and the gap', (t) => {
  beforeEach(async () => {
    await t().db.deleteFrom('rate_limits').execute();
  });
  const coordinator = async (email = COORDINATOR) => {
    const client = t().client();
    await client.signIn(email, DEMO_PASSWORD);
    return client;
  };
  const responses = (surveyId: string) =>
    t().db.selectFrom('coop_survey_responses').selectAll().where('survey_id', '=', surveyId).execute();

  const questions = (surveyId: string) =>
    t()
      .db.selectFrom('coop_survey_questions')
      .select(['id', 'text', 'position'])
      .where('survey_id', '=', surveyId)
      .orderBy('position')
      .execute();

  /** Before the first answer: reword, reorder, and remove a question. */
  async function editBeforeAnswers(femke: TestClient, surveyId: string, open: { id: string } | undefined) {
    const openId = open?.id ?? '';
    const q = (id: string) => `/oost/cooperatie/peilingen/${surveyId}/vragen/${id}`;
    await femke.post(`/oost/cooperatie/peilingen/${surveyId}/vragen`, { kind: 'open', text: 'Weg ermee' });
    expect((await femke.get(`/oost/cooperatie/peilingen/${surveyId}`)).body).toContain('Vraag 3 verwijderen');
    const extra = (await questions(surveyId))[2];
    expect((await femke.post(`${q(extra?.id ?? '')}/verwijderen`, {})).statusCode).toBe(303);
    expect((await femke.post(q(openId), { kind: 'open', text: 'Wilt u nog iets kwijt?' })).statusCode).toBe(303);
    expect((await femke.post(`${q(openId)}/omhoog`, {})).statusCode).toBe(303);
    expect((await questions(surveyId)).map((r) => [r.text, r.position])).toEqual([
      ['Wilt u nog iets kwijt?', 1],
      ['Waar wilt u hulp bij?', 2],
    ]);
    expect((await femke.post(`${q(openId)}/omlaag`, {})).statusCode).toBe(303);
  }

  /** After the first answer the questions are locked, and the page says so; nothing changes. */
  async function expectLocked(femke: TestClient, surveyId: string, [open, needs]: ({ id: string } | undefined)[]) {
    const [openId, needsId] = [open?.id ?? '', needs?.id ?? ''];
    const q = (id: string) => `/oost/cooperatie/peilingen/${surveyId}/vragen/${id}`;
    const before = await questions(surveyId);
    const late = await femke.post(q(openId), { kind: 'open', text: 'Toch anders' });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('Daarom liggen de vragen vast');
    expect((await femke.post(`${q(needsId)}/omlaag`, {})).statusCode).toBe(409);
    expect((await femke.post(`${q(needsId)}/verwijderen`, {})).statusCode).toBe(409);
    expect(await questions(surveyId)).toEqual(before);
    expect((await femke.get(`/oost/cooperatie/peilingen/${surveyId}`)).body).not.toContain('Vraag 1 verwijderen');
  }

  it('runs a survey: answered anonymously online, an unknown buurt refused, a paper form typed in', async () => {
    const femke = await coordinator();
    await femke.get('/oost/cooperatie/peilingen');
    const bad = await femke.post('/oost/cooperatie/peilingen/nieuw', {
      title: 'Peiling test',
      opensOn: '2026-11-30',
      closesOn: '2026-11-01',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Kies minstens één buurt.');
    expect(bad.body).toContain('value="Peiling test"');
    const backwards = await femke.post('/oost/cooperatie/peilingen/nieuw', {
      title: 'Peiling test',
      opensOn: '2026-11-30',
      closesOn: '2026-11-01',
      buurten: ['abstede'],
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.body).toContain('De laatste dag ligt voor de eerste dag.');
    const made = await femke.post('/oost/cooperatie/peilingen/nieuw', {
      title: 'Peiling test',
      opensOn: '2026-11-20',
      closesOn: '2026-12-20',
      buurten: ['abstede', 'oudwijk'],
    });
    expect(made.statusCode).toBe(303);
    const surveyId = /peilingen\/([\w-]+)\?/.exec(made.headers.location as string)?.[1] ?? '';
    await femke.get(`/oost/cooperatie/peilingen/${surveyId}`);
    expect(
      (await femke.post(`/oost/cooperatie/peilingen/${surveyId}/vragen`, { kind: 'one', text: 'Ja of nee?', options: 'Ja' })).statusCode,
    ).toBe(422);
    await femke.post(`/oost/cooperatie/peilingen/${surveyId}/vragen`, { kind: 'needs', text: 'Waar wilt u hulp bij?' });
    await femke.post(`/oost/cooperatie/peilingen/${surveyId}/vragen`, { kind: 'open', text: 'Nog iets?' });
    const [needsQ, openQ] = await t()
      .db.selectFrom('coop_survey_questions')
      .select('id')
      .where('survey_id', '=', surveyId)
      .orderBy('position')
      .execute();
    await editBeforeAnswers(femke, surveyId, openQ);
    const form = (fields: Record<string, string | string[]>) => ({
      [`q${needsQ?.id}`]: ['digitaal', 'contact'],
      [`q${openQ?.id}`]: 'Fijn initiatief',
      ...fields,
    });

    const visitor = t().client();
    await visitor.get(`/oost/cooperatie/peiling/${surveyId}`);
    const unknown = await visitor.post(`/oost/cooperatie/peiling/${surveyId}`, form({ buurt: 'overvecht-noord' }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toContain('Kies een buurt uit de lijst.');
    const script = await visitor.post(
      `/oost/cooperatie/peiling/${surveyId}`,
      form({ buurt: 'abstede', [`q${openQ?.id}`]: '<script>x</script>' }),
    );
    expect(script.statusCode).toBe(422);
    const empty = await visitor.post(`/oost/cooperatie/peiling/${surveyId}`, { buurt: 'abstede' });
    expect(empty.body).toContain('Beantwoord minstens één vraag.');
    expect(await responses(surveyId)).toEqual([]);
    const sent = await visitor.post(`/oost/cooperatie/peiling/${surveyId}`, form({ buurt: 'abstede' }));
    expect(sent.statusCode).toBe(303);
    const [online] = await responses(surveyId);
    // Only the buurt, the day and where it came from: no name, address, IP or time of day.
    expect(Object.keys(online ?? {}).sort()).toEqual(['answered_on', 'buurt_id', 'entered_by', 'id', 'source', 'survey_id']);
    expect(online).toMatchObject({ source: 'online', entered_by: null, answered_on: '2026-11-23' });
    const answers = await t()
      .db.selectFrom('coop_survey_answers')
      .select('value')
      .where('response_id', '=', online?.id ?? '')
      .orderBy('value')
      .execute();
    expect(answers.map((a) => a.value).sort()).toEqual(['Fijn initiatief', 'contact', 'digitaal'].sort());

    expect((await femke.post(`/oost/cooperatie/peilingen/${surveyId}/vragen`, { kind: 'open', text: 'Te laat' })).statusCode).toBe(409);
    await expectLocked(femke, surveyId, [openQ, needsQ]);
    const paperPage = await femke.get(`/oost/cooperatie/peilingen/${surveyId}/papier`);
    expect(paperPage.body).toContain('ingevoerd van papier');
    expect((await femke.post(`/oost/cooperatie/peilingen/${surveyId}/papier`, form({ buurt: 'oudwijk' }))).statusCode).toBe(303);
    const paper = (await responses(surveyId)).find((r) => r.source === 'paper');
    const femkeId = (await t().db.selectFrom('users').select('id').where('email', '=', COORDINATOR).executeTakeFirstOrThrow()).id;
    expect(paper).toMatchObject({ entered_by: femkeId });
    expect((await t().client().get(`/oost/cooperatie/peilingen/${surveyId}/papier`)).statusCode).toBe(303);

    const results = await femke.get(`/oost/cooperatie/peilingen/${surveyId}/uitslag`);
    expect(results.body).toContain('Te weinig antwoorden (minder dan 5)');
    expect(results.body).not.toContain('Fijn initiatief');
  });

  it('shows a refused help request and a talent nobody asks for in the gap', async () => {
    const femke = await coordinator();
    const gap = async () => {
      const response = await femke.json('GET', '/api/v1/districts/oost/cooperative/gap?buurt=galgenwaard');
      expect(response.statusCode).toBe(200);
      return response.json<{
        needs: { need: string; surveyed: number; requests: number; unmet: number; status: string }[];
        unaskedTalents: { talent: string }[];
      }>();
    };
    const before = await gap();
    const digital = () => before.needs.find((n) => n.need === 'digitaal');
    expect(before.unaskedTalents.map((u) => u.talent)).not.toContain('walk');
    expect(before.needs.filter((n) => n.need === 'contact' || n.need === 'bewegen').every((n) => n.surveyed + n.requests === 0)).toBe(true);

    const resident = t().client({ address: '192.0.2.77' });
    expect((await askOnline(resident, { buurt: 'galgenwaard', talent: 'digital', phone: '06 4444 0077' })).statusCode).toBe(303);
    const id = await requestIdByPhone(t(), '06 4444 0077');
    await femke.get(`/oost/hulp/balie/${id}`);
    expect((await femke.post(`/oost/hulp/balie/${id}/afwijzen`, { reason: 'no_volunteer' })).statusCode).toBe(303);

    const oost = await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
    const buurt = await t().db.selectFrom('buurten').select('id').where('slug', '=', 'galgenwaard').executeTakeFirstOrThrow();
    const userId = await createTestUser(t().db, { email: `wandelaar.${t().engine}@wijk.example` });
    const at = new Date().toISOString();
    await t()
      .db.insertInto('help_volunteers')
      .values({
        ...{ id: `gap-${t().engine}`, district_id: oost.id, user_id: userId, buurt_id: buurt.id, street: 'Proeflaan' },
        ...{ talents: 1 << talents.indexOf('walk'), talent_note: '', availability: 0, reach: 'buurt', active: 1 },
        ...{ vog_on_file: 0, vog_checked_at: null, created_at: at, updated_at: at },
      })
      .execute();

    const after = await gap();
    expect(after.needs.find((n) => n.need === 'digitaal')).toMatchObject({
      requests: (digital()?.requests ?? 0) + 1,
      unmet: (digital()?.unmet ?? 0) + 1,
    });
    expect(after.unaskedTalents.map((u) => u.talent)).toContain('walk');
    const page = await femke.get('/oost/cooperatie/vraag-en-aanbod?buurt=galgenwaard');
    expect(page.body).toContain('Talenten waar niemand om vraagt');
    expect(page.body).toContain('Wandelen (vrijwilligers: 1)');
  });

  it("keeps each district's surveys to its own people; the steering group sees results and the gap", async () => {
    const overvecht = await t().db.selectFrom('districts').select('id').where('slug', '=', 'overvecht').executeTakeFirstOrThrow();
    const buurt = await t().db.selectFrom('buurten').select('id').where('slug', '=', 'vechtzoom').executeTakeFirstOrThrow();
    await insertCooperative(t().db, { districtId: overvecht.id, name: 'Coöperatie Overvecht (test)', at: new Date().toISOString() });
    const surveyId = await insertSurvey(t().db, {
      ...{ districtId: overvecht.id, title: 'Peiling Overvecht', intro: '', opensOn: '2026-11-01', closesOn: '2026-12-01' },
      ...{ buurtIds: [buurt.id], createdBy: null, at: new Date().toISOString() },
    });
    await insertQuestion(t().db, surveyId, { kind: 'needs', text: 'Waarmee?', options: [] });
    const oost = await coordinator();
    expect((await oost.get(`/overvecht/cooperatie/peilingen/${surveyId}/uitslag`)).statusCode).toBe(403);
    expect((await oost.json('GET', `/api/v1/districts/overvecht/cooperative/surveys/${surveyId}/results`)).statusCode).toBe(403);
    expect((await oost.get(`/oost/cooperatie/peilingen/${surveyId}/uitslag`)).statusCode).toBe(404);
    const own = await coordinator('coordinator.overvecht@wijkportaal.example');
    expect((await own.get(`/overvecht/cooperatie/peilingen/${surveyId}/uitslag`)).statusCode).toBe(200);

    const steering = await coordinator('regiegroep.oost@wijkportaal.example');
    expect((await steering.get('/oost/cooperatie/vraag-en-aanbod')).statusCode).toBe(200);
    expect((await steering.get('/oost/resultaten')).body).toContain('href="/oost/cooperatie/vraag-en-aanbod"');
    const list = await steering.json('GET', '/api/v1/districts/oost/cooperative/surveys');
    expect(list.statusCode).toBe(403);
    await steering.get('/oost/cooperatie/peilingen');
    expect(
      (
        await steering.post('/oost/cooperatie/peilingen/nieuw', {
          title: 'X',
          opensOn: '2026-11-20',
          closesOn: '2026-12-20',
          buurten: ['abstede'],
        })
      ).statusCode,
    ).toBe(403);
    expect((await t().client().get('/oost/resultaten')).body).not.toContain('vraag-en-aanbod');
  });
});
