import { it } from 'vitest';
import { askForm } from './features/help/help.testing.ts';
import { askAs } from './features/questions/questions.testing.ts';
import { expectEveryFieldRefusesNul } from './testing/nul.ts';
import { describeEachEngine } from './testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from './platform/testing/users.ts';

/**
 * A NUL byte breaks PostgreSQL's text and means nothing to a person: in every field of every
 * form and API that takes input without an account, it is refused with a message and nothing
 * is stored — on both engines. Each attempt comes from its own address, so the forms' limits
 * per address do not get in the way.
 */
describeEachEngine('NUL bytes in public forms and APIs', (t) => {
  let address = 0;
  const visitor = () => t().client({ address: `192.0.2.${(address++ % 250) + 1}` });
  type Table =
    | 'help_requests'
    | 'questions'
    | 'pact_join_requests'
    | 'question_events'
    | 'sessions'
    | 'password_resets'
    | 'coop_proposals'
    | 'coop_pool_people'
    | 'coop_survey_responses'
    | 'subscriptions';
  const count = async (table: Table) =>
    (
      await t()
        .db.selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;

  const form =
    (page: string, action = page) =>
    async (values: Record<string, string | string[]>) => {
      const client = visitor();
      await client.get(page);
      return client.post(action, values);
    };
  const api = (page: string, path: string) => async (values: Record<string, string | string[]>) => {
    const client = visitor();
    await client.get(page);
    return client.json('POST', path, values);
  };

  it('the help request form', () =>
    expectEveryFieldRefusesNul({
      valid: askForm({ email: 'test@voorbeeld.example', wishedTime: 'na het eten' }),
      send: form('/oost/hulp/vragen'),
      stored: () => count('help_requests'),
    }));

  it('the question form and the questions API', async () => {
    const question = {
      text: 'Hoe vind ik een maatje?',
      name: 'Henk',
      contactBy: 'email',
      email: 'henk@voorbeeld.example',
      urgency: 'normal',
      buurt: 'abstede',
    };
    await expectEveryFieldRefusesNul({ valid: question, send: form('/oost/vraag-stellen'), stored: () => count('questions') });
    await expectEveryFieldRefusesNul({
      valid: question,
      send: api('/oost/vraag-stellen', '/api/v1/districts/oost/questions'),
      stored: () => count('questions'),
    });
  });

  it('a resident’s message on the status page', async () => {
    const status = await askAs(visitor());
    await expectEveryFieldRefusesNul({
      valid: { message: 'Ik ben alleen na 14 uur thuis.' },
      send: form(status, `${status}/bericht`),
      stored: () => count('question_events'),
    });
  });

  it('the join request form and API of the pact', async () => {
    const join = (organization: string) => ({
      organization,
      contactName: 'Zoë Zon',
      contactEmail: 'zoe@dezon.example',
      contactPhone: '030 123 4567',
      addedValue: 'Een plek voor buurtmaaltijden.',
    });
    const page = '/oost/samenwerken/partners/aanmelden';
    await expectEveryFieldRefusesNul({ valid: join('Buurthuis De Zon'), send: form(page), stored: () => count('pact_join_requests') });
    await expectEveryFieldRefusesNul({
      valid: join('Buurthuis De Maan'),
      send: api(page, '/api/v1/districts/oost/pact/join-requests'),
      stored: () => count('pact_join_requests'),
    });
  });

  it('the cooperative’s project proposal and pool sign-up forms', async () => {
    const proposal = {
      kind: 'resident',
      name: 'Ria',
      email: 'ria@voorbeeld.example',
      title: 'Buurtsoep',
      what: 'Samen soep koken.',
      forWhom: 'Buren',
      buurt: 'sterrenwijk',
      needs: ['people'],
      money: '',
      needsNote: 'Een pan',
    };
    const page = '/oost/cooperatie/projecten/voorstellen';
    await expectEveryFieldRefusesNul({ valid: proposal, send: form(page), stored: () => count('coop_proposals') });
    const pool = {
      name: 'Mia',
      email: 'mia.nul@voorbeeld.example',
      password: 'een-lang-wachtwoord-1',
      passwordRepeat: 'een-lang-wachtwoord-1',
      kind: 'freelancer',
      buurt: 'sterrenwijk',
      talents: ['digital'],
      skills: 'Computers',
      availability: 'Dinsdag',
      privacy: 'ja',
    };
    await expectEveryFieldRefusesNul({
      valid: pool,
      send: form('/oost/cooperatie/pool-aanmelden'),
      stored: () => count('coop_pool_people'),
    });
  });
  it('subscribing to the digest', () =>
    expectEveryFieldRefusesNul({
      valid: { email: 'nul@voorbeeld.example', buurt: '', frequency: 'weekly' },
      send: form('/oost/nieuwsbrief'),
      stored: () => count('subscriptions'),
    }));

  it('signing in and asking for a new password', async () => {
    await createTestUser(t().db, { email: 'nul@wijk.example' });
    await expectEveryFieldRefusesNul({
      valid: { email: 'nul@wijk.example', password: TEST_PASSWORD },
      send: form('/inloggen'),
      stored: () => count('sessions'),
    });
    await expectEveryFieldRefusesNul({
      valid: { email: 'nul@wijk.example' },
      send: form('/wachtwoord-vergeten'),
      stored: () => count('password_resets'),
    });
  });
  it('the needs survey form of the cooperative', async () => {
    const survey = await t()
      .db.selectFrom('coop_surveys')
      .select('id')
      .where('title', '=', 'Voorbeeld: hulp met computer en telefoon')
      .executeTakeFirstOrThrow();
    const questions = await t().db.selectFrom('coop_survey_questions').select(['id', 'kind']).where('survey_id', '=', survey.id).execute();
    const valid: Record<string, string> = { buurt: 'abstede' };
    for (const q of questions) valid[`q${q.id}`] = q.kind === 'needs' ? 'digitaal' : '1';
    const page = `/oost/cooperatie/peiling/${survey.id}`;
    await expectEveryFieldRefusesNul({ valid, send: form(page), stored: () => count('coop_survey_responses') });
  });
});
