import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from './platform/auth/demo.ts';
import { describeEachEngine } from './testing/test-app.ts';

type Parameter = { name: string; in: string; required: boolean };
type Doc = { paths: Record<string, Record<string, { parameters?: Parameter[]; responses: Record<string, unknown> }>> };

/** Some id from a list answer: the first `id` found anywhere in it, depth first. */
function firstId(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(firstId).find((id) => id !== undefined);
  if (value === null || typeof value !== 'object') return undefined;
  const id = (value as { id?: unknown }).id;
  if (typeof id === 'string' || typeof id === 'number') return String(id);
  return Object.values(value)
    .map(firstId)
    .find((found) => found !== undefined);
}

/** A path template with its district, and each other id taken from the list one level up (or a known value). */
function resolvePath(template: string, district: string, idOf: ReadonlyMap<string, string>, known: Record<string, string>): string {
  let resolved = template.replace('{district}', district);
  for (const [placeholder] of template.matchAll(/\{\w+\}/g)) {
    if (placeholder === '{district}') continue;
    const list = resolved.slice(0, resolved.indexOf(placeholder) - 1);
    resolved = resolved.replace(placeholder, idOf.get(list) ?? known[placeholder] ?? '00000000-0000-4000-8000-000000000000');
  }
  return resolved;
}

/**
 * Calls every GET operation of the OpenAPI document as the city-wide administrator, with ids
 * taken from the list one level up. The test app checks each answer against the document
 * (`platform/testing/api-contract.ts`), so an answer that breaks its schema, or a status the
 * document does not list, fails here.
 */
describeEachEngine('every GET operation answers as the OpenAPI document says', (t) => {
  it('keeps the contract on each of them, and nearly all answer 200 to someone with the right', async () => {
    const people = [
      'beheer',
      'coordinator.oost',
      'regiegroep.oost',
      'bestuur.oost',
      'lid.oost',
      'vrijwilliger.oost',
      'mila.dock',
      'coordinator.overvecht',
    ];
    const clients = await Promise.all(
      people.map(async (name) => {
        const client = t().client();
        await client.signIn(`${name}@wijkportaal.example`, DEMO_PASSWORD);
        return client;
      }),
    );
    const doc = (await t().client().json('GET', '/api/openapi.json')).json<Doc>();
    const gets = Object.keys(doc.paths)
      .filter((path) => doc.paths[path]?.get !== undefined)
      .sort((a, b) => a.length - b.length);
    const idOf = new Map<string, string>();
    const known: Record<string, string> = { '{year}': String(t().clock.now().getFullYear()), '{number}': '1' };
    const knownQuery: Record<string, string> = { buurt: 'sterrenwijk' };
    const statuses: Record<string, number> = {};
    for (const template of gets) {
      for (const district of ['oost', 'overvecht']) {
        const resolved = resolvePath(template, district, idOf, known);
        const required = (doc.paths[template]?.get?.parameters ?? []).filter((p) => p.in === 'query' && p.required);
        const query = required.map((p) => `${p.name}=${knownQuery[p.name] ?? ''}`).join('&');
        // The first person who gets an answer with an id wins: an empty list gives none to follow.
        for (const client of clients) {
          const response = await client.json('GET', query === '' ? resolved : `${resolved}?${query}`);
          if (statuses[template] !== 200) statuses[template] = response.statusCode;
          const id = response.statusCode === 200 ? firstId(response.json()) : undefined;
          if (id === undefined) continue;
          idOf.set(resolved, id);
          break;
        }
        if (statuses[template] === 200) break;
      }
    }
    const failing = Object.entries(statuses).filter(([, status]) => status !== 200);
    expect(gets.length).toBeGreaterThan(40);
    expect(failing.length, JSON.stringify(failing)).toBeLessThanOrEqual(0);
  }, 120_000);
});
