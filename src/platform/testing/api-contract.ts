import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

interface DocumentedOperation {
  pattern: RegExp;
  /** Fewer parameters first, so `/taxonomies/{id}` never shadows a literal path. */
  parameterCount: number;
  method: string;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

type OpenApi = {
  paths: Record<string, Record<string, { responses: DocumentedOperation['responses'] }>>;
  components: { schemas: Record<string, unknown> };
};

/** `#/components/schemas/X` inlined, so each response schema compiles on its own. */
function inline(schema: unknown, components: Record<string, unknown>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => inline(s, components));
  if (schema === null || typeof schema !== 'object') return schema;
  const ref = (schema as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) return components[ref.slice('#/components/schemas/'.length)];
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, inline(v, components)]));
}

function operationsOf(doc: OpenApi): DocumentedOperation[] {
  return Object.entries(doc.paths)
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
        parameterCount: (path.match(/\{/g) ?? []).length,
        method: method.toUpperCase(),
        responses: op.responses,
      })),
    )
    .sort((a, b) => a.parameterCount - b.parameterCount);
}

/**
 * Checks every answer under `/api/` against the OpenAPI document the app publishes: the
 * status must be one the operation lists, and a JSON body must validate (ajv, JSON Schema
 * 2020-12) against the schema listed for that status. Used by the test app, so every API
 * test in the suite is also a contract test; a mismatch fails the test that met it.
 */
export class ApiContract {
  private operations: DocumentedOperation[] | undefined;
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly load: () => Promise<OpenApi>) {
    addFormats.default(this.ajv);
  }

  private async documented(): Promise<DocumentedOperation[]> {
    if (this.operations === undefined) {
      const doc = await this.load();
      this.operations = operationsOf(JSON.parse(JSON.stringify(inline(doc, doc.components.schemas))) as OpenApi);
    }
    return this.operations;
  }

  private validator(key: string, schema: unknown): ValidateFunction {
    let validate = this.validators.get(key);
    if (validate === undefined) {
      validate = this.ajv.compile(schema as object);
      this.validators.set(key, validate);
    }
    return validate;
  }

  /** The contract problem of one answer, or null when it keeps the contract (or is not the API's). */
  async problemOf(method: string, url: string, response: LightMyRequestResponse): Promise<string | null> {
    const path = new URL(url, 'http://x').pathname;
    if (!path.startsWith('/api/') || path === '/api/openapi.json') return null;
    const where = `${method} ${path} → ${response.statusCode}`;
    const candidates = (await this.documented()).filter((op) => op.pattern.test(path));
    const op = candidates.find((o) => o.method === method);
    // An address the API does not have answers 404 (or 405 for another method); nothing to check.
    if (op === undefined)
      return response.statusCode === 404 || response.statusCode === 405 ? null : `${where}: not in the OpenAPI document`;
    const documented = op.responses[String(response.statusCode)];
    if (documented === undefined) return `${where}: status not documented (documented: ${Object.keys(op.responses).join(', ')})`;
    const json = documented.content?.['application/json'];
    if (json === undefined) return null;
    if (!String(response.headers['content-type'] ?? '').startsWith('application/json'))
      return `${where}: documented as JSON, sent ${String(response.headers['content-type'])}`;
    const validate = this.validator(`${op.method} ${op.pattern.source} ${response.statusCode}`, json.schema);
    if (validate(response.json())) return null;
    return `${where}: body breaks its documented schema: ${this.ajv.errorsText(validate.errors, { separator: '; ' })}`;
  }
}

/** Wraps `app.inject` so that every API answer a test receives is checked against the document. */
export function enforceApiContract(app: FastifyInstance): void {
  const inject = app.inject.bind(app) as (options: InjectOptions | string) => Promise<LightMyRequestResponse>;
  const contract = new ApiContract(async () => (await inject('/api/openapi.json')).json());
  const checked = async (options: InjectOptions | string): Promise<LightMyRequestResponse> => {
    const response = await inject(options);
    const method = typeof options === 'string' ? 'GET' : (options.method ?? 'GET').toUpperCase();
    const target = typeof options === 'string' ? options : (options.url ?? options.path ?? '/');
    const url = typeof target === 'string' ? target : target.pathname;
    const problem = await contract.problemOf(method, url, response);
    if (problem !== null) throw new Error(`API contract: ${problem}`);
    return response;
  };
  (app as unknown as { inject: typeof checked }).inject = checked;
}
