import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { ApiContract } from './api-contract.ts';

const contract = new ApiContract(() =>
  Promise.resolve({
    components: { schemas: { Problem: { type: 'object', required: ['error'] } } },
    paths: {
      '/api/v1/things/{id}': {
        get: {
          responses: {
            '200': {
              content: {
                'application/json': { schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
              },
            },
            '404': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } },
          },
        },
      },
    },
  }),
);

function answer(statusCode: number, body: unknown, type = 'application/json; charset=utf-8'): LightMyRequestResponse {
  return { statusCode, headers: { 'content-type': type }, json: () => body } as unknown as LightMyRequestResponse;
}

describe('the API contract check', () => {
  it('passes an answer that keeps its documented schema', async () => {
    expect(await contract.problemOf('GET', '/api/v1/things/1?x=1', answer(200, { name: 'a' }))).toBeNull();
    expect(await contract.problemOf('GET', '/api/v1/things/1', answer(404, { error: {} }))).toBeNull();
  });

  it('names an answer that breaks the schema, a status the document does not list, and another content type', async () => {
    expect(await contract.problemOf('GET', '/api/v1/things/1', answer(200, { name: 3 }))).toMatch(/breaks its documented schema/);
    expect(await contract.problemOf('GET', '/api/v1/things/1', answer(404, { nothing: 1 }))).toMatch(/breaks/);
    expect(await contract.problemOf('GET', '/api/v1/things/1', answer(409, {}))).toMatch(/status not documented/);
    expect(await contract.problemOf('GET', '/api/v1/things/1', answer(200, '', 'text/html'))).toMatch(/documented as JSON/);
  });

  it('names an API address that is not in the document, unless it is not found', async () => {
    expect(await contract.problemOf('POST', '/api/v1/things/1', answer(200, {}))).toMatch(/not in the OpenAPI document/);
    expect(await contract.problemOf('GET', '/api/v1/nothing', answer(404, {}))).toBeNull();
    expect(await contract.problemOf('GET', '/oost', answer(200, '', 'text/html'))).toBeNull();
  });
});
