import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { describeEachEngine } from './testing/test-app.ts';

const run = promisify(execFile);

interface Operation {
  security: unknown[];
  parameters: { name: string; in: string }[];
  responses: Record<string, unknown>;
}
type Doc = { paths: Record<string, Record<string, Operation>> };

describeEachEngine('the OpenAPI document says what the API does', (t) => {
  const documentOf = async () => (await t().app.inject('/api/openapi.json')).json<Doc>();

  it('passes Redocly’s recommended rules with no error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wp-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(await documentOf()));
    // Redocly exits non-zero when it finds problems; its report is on stdout either way.
    const result = await run('npx', ['redocly', 'lint', '--extends=recommended', '--format=json', file], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: unknown) => ({ stdout: (error as { stdout: string }).stdout }));
    const report = JSON.parse(result.stdout) as {
      totals: { errors: number };
      problems: { ruleId: string; message: string; severity: string }[];
    };
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 60_000);

  it('marks public operations as needing no sign-in, and the others as needing the session', async () => {
    const doc = await documentOf();
    expect(doc.paths['/api/v1/districts']?.get?.security).toEqual([]);
    expect(doc.paths['/api/v1/me']?.get?.security).toEqual([{ session: [] }]);
    expect(Object.keys(doc.paths['/api/v1/districts']?.get?.responses ?? {})).toEqual(['200']);
  });

  it('documents the CSRF header on every write, and 401/403 only where a session is needed', async () => {
    const doc = await documentOf();
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const where = `${method.toUpperCase()} ${path}`;
        if (method !== 'get')
          expect(
            op.parameters.map((p) => p.name),
            where,
          ).toContain('x-csrf-token');
        if (op.security.length === 0) expect(Object.keys(op.responses), where).not.toContain('401');
        else expect(Object.keys(op.responses), where).toEqual(expect.arrayContaining(['401', '403']));
      }
    }
  });

  it('gives an API client a CSRF token that works for a write', async () => {
    const client = t().client();
    const { token } = (await client.json('GET', '/api/v1/csrf-token')).json<{ token: string }>();
    expect(token.length).toBeGreaterThan(10);
  });
});
