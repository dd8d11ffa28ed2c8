/**
 * GitHub's official OpenAPI description as a request router and validator for the local GitHub
 * API server: every request is matched to an operation by method + path template, and its path
 * parameters, query and JSON body are checked against that operation's schemas (ajv 8, compiled
 * lazily per operation). The description comes from `@octokit/openapi`, installed by `.ci/run`
 * outside package.json because it is hundreds of megabytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

/** Where `.ci/run` installs the description. */
export const openApiPath = fileURLToPath(
  new URL(
    '../../.ci/openapi/node_modules/@octokit/openapi/generated/api.github.com.json',
    import.meta.url,
  ),
);

/** Why tests that need the description skip, or undefined when it is present. */
export function openApiMissingReason(): string | undefined {
  return existsSync(openApiPath)
    ? undefined
    : `GitHub's OpenAPI description is not installed (${openApiPath}); run .ci/run to install it`;
}

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

/** One operation matched by a request. */
export interface MatchedOperation {
  /** `METHOD /path/{template}`, the key for call counts and handlers. */
  readonly key: string;
  readonly template: string;
  readonly operationId: string;
  /** Decoded path parameters. */
  readonly params: Record<string, string>;
}

interface Route {
  method: string;
  template: string;
  segments: string[];
  literals: number;
  operation: Json;
}

/** The router and validators built from one description. */
export class OpenApi {
  private readonly doc: Json;
  private readonly routes = new Map<number, Route[]>();
  private readonly ajv: Ajv;
  private readonly paramAjv: Ajv;
  private readonly bodyValidators = new Map<
    string,
    { validate: ValidateFunction; required: boolean } | null
  >();
  private readonly paramValidators = new Map<string, ValidateFunction>();
  private readonly responseValidators = new Map<string, ValidateFunction | null>();

  constructor(path = openApiPath) {
    this.doc = JSON.parse(readFileSync(path, 'utf8')) as Json;
    // OpenAPI 3.0 schemas carry `nullable`, `example` and `x-*` keywords: not strict JSON Schema.
    const options = {
      strict: false,
      allErrors: true,
      validateSchema: false,
      validateFormats: false,
    };
    this.ajv = new Ajv(options);
    this.ajv.addSchema(this.doc, 'openapi');
    // Path and query values arrive as strings: coerce them to the declared types, as GitHub does.
    this.paramAjv = new Ajv({ ...options, coerceTypes: true });
    this.paramAjv.addSchema(this.doc, 'openapi');
    for (const [template, item] of Object.entries(this.doc.paths as Record<string, Json>)) {
      const segments = template.split('/').slice(1);
      for (const [method, operation] of Object.entries(item)) {
        if (!['get', 'put', 'post', 'patch', 'delete'].includes(method)) continue;
        const route: Route = {
          method: method.toUpperCase(),
          template,
          segments,
          literals: segments.filter((s) => !s.startsWith('{')).length,
          operation: operation as Json,
        };
        const list = this.routes.get(segments.length) ?? [];
        list.push(route);
        this.routes.set(segments.length, list);
      }
    }
  }

  /**
   * The operation for a method and raw path (still percent-encoded), or undefined. The most
   * literal template wins, so `/secrets/public-key` beats `/secrets/{secret_name}`.
   */
  match(method: string, rawPath: string): MatchedOperation | undefined {
    const parts = rawPath.split('/').slice(1);
    let best: { route: Route; params: Record<string, string> } | undefined;
    for (const route of this.routes.get(parts.length) ?? []) {
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      const ok = route.segments.every((segment, i) => {
        const part = parts[i] ?? '';
        if (segment.startsWith('{')) {
          if (part === '') return false;
          params[segment.slice(1, -1)] = safeDecode(part);
          return true;
        }
        return segment === part;
      });
      if (ok && (!best || route.literals > best.route.literals)) best = { route, params };
    }
    if (!best) return undefined;
    const { route, params } = best;
    return {
      key: `${route.method} ${route.template}`,
      template: route.template,
      operationId: String(route.operation.operationId),
      params,
    };
  }

  /** Problems with the path parameters and query of a request (empty when valid). */
  validateParams(op: MatchedOperation, query: URLSearchParams): string[] {
    let validate = this.paramValidators.get(op.key);
    if (!validate) {
      const properties: Json = {};
      const required: string[] = [];
      for (const p of this.parameters(op)) {
        if (p.in !== 'path' && p.in !== 'query') continue;
        properties[`${p.in}:${p.name}`] = this.absolute(p.schema ?? {});
        if (p.required) required.push(`${p.in}:${p.name}`);
      }
      validate = this.paramAjv.compile({ type: 'object', properties, required });
      this.paramValidators.set(op.key, validate);
    }
    const data: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(op.params)) data[`path:${name}`] = value;
    for (const [name, value] of query) data[`query:${name}`] = value;
    return validate(data) ? [] : describe(validate);
  }

  /** Problems with a JSON body (empty when valid); `undefined` body means none was sent. */
  validateBody(op: MatchedOperation, body: unknown): string[] {
    const [method = '', template = ''] = op.key.split(' ');
    if (!this.bodyValidators.has(op.key)) {
      const operation = this.operation(method, template);
      const requestBody = this.deref(operation.requestBody as Json | undefined);
      const schema = (requestBody?.content as Json | undefined)?.['application/json'] as
        Json | undefined;
      this.bodyValidators.set(
        op.key,
        schema?.schema
          ? {
              validate: this.ajv.compile(this.absolute(schema.schema as Json)),
              required: requestBody?.required === true,
            }
          : null,
      );
    }
    const entry = this.bodyValidators.get(op.key);
    if (!entry) return body === undefined ? [] : ['this operation takes no request body'];
    if (body === undefined) return entry.required ? ['a request body is required'] : [];
    const { validate } = entry;
    return validate(body) ? [] : describe(validate);
  }

  /** Problems with one of our own JSON responses against the documented schema for its status. */
  validateResponse(op: MatchedOperation, status: number, body: unknown): string[] {
    const key = `${op.key} ${status}`;
    if (!this.responseValidators.has(key)) {
      const [method = '', template = ''] = op.key.split(' ');
      const responses = this.operation(method, template).responses as Json;
      const response = this.deref(responses[String(status)] as Json | undefined);
      const content = (response?.content as Json | undefined)?.['application/json'] as
        Json | undefined;
      const schema = content?.schema as Json | undefined;
      this.responseValidators.set(key, schema ? this.ajv.compile(this.absolute(schema)) : null);
    }
    const validate = this.responseValidators.get(key);
    if (!validate) return [];
    return validate(body) ? [] : describe(validate);
  }

  private operation(method: string, template: string): Json {
    return (this.doc.paths as Record<string, Json>)[template]?.[method.toLowerCase()] as Json;
  }

  private parameters(op: MatchedOperation): Parameter[] {
    const [method = '', template = ''] = op.key.split(' ');
    const item = (this.doc.paths as Record<string, Json>)[template] ?? {};
    const list = [
      ...((item.parameters as Json[] | undefined) ?? []),
      ...((this.operation(method, template).parameters as Json[] | undefined) ?? []),
    ];
    return list.map((p) => this.deref(p) as unknown as Parameter);
  }

  /** Follows a local `$ref` (one level is all the description uses for parameters and bodies). */
  private deref(value: Json | undefined): Json | undefined {
    const ref = value?.$ref;
    if (typeof ref !== 'string') return value;
    return ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (node, key) => (node as Json)[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        this.doc,
      ) as Json;
  }

  /** Rewrites `#/…` references so a fragment compiled on its own resolves them in the description. */
  private absolute(schema: Json): Json {
    return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"openapi#/')) as Json;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** ajv errors as short lines: the location and the rule, never the data (which may be a secret). */
function describe(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`,
  );
}
