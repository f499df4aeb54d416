import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './platform/auth/demo.ts';
import { describeEachEngine } from './testing/test-app.ts';

/**
 * The named functions of issue 14 item 4, each with the rights its tasks need and no more:
 * every function × its own district and another × every action, through the real guards.
 * The expectations are written out here, not derived from the rights table they test.
 */
type Action =
  | 'questions.desk'
  | 'help.intake'
  | 'help.desk'
  | 'help.team'
  | 'guide.edit'
  | 'conversation.record'
  | 'case.convene'
  | 'pact.coordinate'
  | 'pact.action_plan'
  | 'pools.search'
  | 'students.coordinate';

/** A page only those with the action's right may open. */
const pageOf: Record<Action, (district: string) => string> = {
  'questions.desk': (d) => `/${d}/vragen`,
  'help.intake': (d) => `/${d}/hulp/balie/nieuw`,
  'help.desk': (d) => `/${d}/hulp/balie`,
  'help.team': (d) => `/${d}/hulp/vrijwilligers`,
  'guide.edit': (d) => `/${d}/gids/organisaties/nieuw`,
  'conversation.record': (d) => `/${d}/gesprekken/nieuw`,
  'case.convene': (d) => `/${d}/casusoverleg/nieuw`,
  'pact.coordinate': (d) => `/${d}/resultaten/indicatoren/nieuw`,
  'pact.action_plan': (d) => `/${d}/samenwerken/thuis-in-je-wijk/nieuw/actie`,
  'pools.search': (d) => `/${d}/cooperatie/pools`,
  'students.coordinate': (d) => `/${d}/cooperatie/studenten`,
};

const functions: { name: string; email: string; own: string; other: string; may: Action[] }[] = [
  {
    name: 'buurt assistant',
    email: 'buurtassistent.sterrenwijk@wijkportaal.example',
    own: 'oost',
    other: 'overvecht',
    may: ['questions.desk', 'help.intake', 'help.desk', 'conversation.record'],
  },
  {
    name: 'wijkinformatiepunt',
    email: 'wijkinformatiepunt.oost@wijkportaal.example',
    own: 'oost',
    other: 'overvecht',
    may: ['questions.desk', 'help.intake', 'guide.edit', 'conversation.record'],
  },
  {
    name: 'wijkpactcoördinator',
    email: 'wijkpactcoordinator.oost@wijkportaal.example',
    own: 'oost',
    other: 'overvecht',
    may: ['pact.coordinate'],
  },
  {
    name: 'kwartiermaker',
    email: 'kwartiermaker.overvecht@wijkportaal.example',
    own: 'overvecht',
    other: 'oost',
    may: ['pact.action_plan'],
  },
  { name: 'coordinating volunteer', email: 'klussen.oost@wijkportaal.example', own: 'oost', other: 'overvecht', may: ['help.desk'] },
  {
    name: 'student coordinator (Wijkleerhuis)',
    email: 'wijkleerhuis.oost@wijkportaal.example',
    own: 'oost',
    other: 'overvecht',
    may: ['students.coordinate'],
  },
];

const actions = Object.keys(pageOf) as Action[];

describeEachEngine('named functions: function × district × action', (t) => {
  for (const f of functions) {
    describe(f.name, () => {
      it.each(actions)('%s: allowed in the own district only where the seeds give the task', async (action) => {
        const client = t().client();
        await client.signIn(f.email, DEMO_PASSWORD);
        const own = await client.get(pageOf[action](f.own));
        const other = await client.get(pageOf[action](f.other));
        if (f.may.includes(action)) expect(own.statusCode).not.toBe(403);
        else expect(own.statusCode).toBe(403);
        expect(own.statusCode).not.toBe(303);
        expect(other.statusCode).toBe(403);
      });
    });
  }

  it('keeps a buurt assistant to their buurt and a coordinating volunteer to their service', async () => {
    const requests = await t()
      .db.selectFrom('help_requests as r')
      .innerJoin('buurten as b', 'b.id', 'r.buurt_id')
      .select(['r.id', 'r.kind', 'b.slug'])
      .execute();
    const elsewhere = requests.find((r) => r.slug !== 'sterrenwijk');
    const notOddJob = requests.find((r) => r.kind !== 'odd_job');
    const oddJob = requests.find((r) => r.kind === 'odd_job');
    if (elsewhere === undefined || notOddJob === undefined || oddJob === undefined) throw new Error('demo requests expected');
    const assistant = t().client();
    await assistant.signIn('buurtassistent.sterrenwijk@wijkportaal.example', DEMO_PASSWORD);
    expect((await assistant.get(`/oost/hulp/balie/${elsewhere.id}`)).statusCode).toBe(403);
    const klussen = t().client();
    await klussen.signIn('klussen.oost@wijkportaal.example', DEMO_PASSWORD);
    expect((await klussen.get(`/oost/hulp/balie/${notOddJob.id}`)).statusCode).toBe(403);
    expect((await klussen.get(`/oost/hulp/balie/${oddJob.id}`)).statusCode).toBe(200);
  });
});
