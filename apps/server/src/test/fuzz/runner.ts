import type { Role } from '@springplank/domain';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { ERRORS } from '../../errors';
import type { RouteInventory } from '../../http/access-control';
import type { RoutePolicy } from '../../http/policy';
import { casesFor, REFUSED_ROLE_CASES, SHORT_CASES, type FuzzCase } from './cases';
import { operationsOf, sampleOf, type JsonSchema, type Operation } from './openapi';
import { hashText, SeededRandom } from './random';

/** Who sends a request: nobody signed in, or a signed-in user with one role. */
export interface FuzzActor {
  role: Role | 'anonymous';
  /** Sends a request with this actor's cookie and CSRF token (none for anonymous). */
  send: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  /** Signs in again after a case ended the session (logout, ended sessions). */
  renew: () => Promise<void>;
}

/** A request that broke a rule: a 5xx, or a 4xx without the project's error format. */
export interface FuzzFailure {
  operation: string;
  role: string;
  caseName: string;
  status: number;
  problem: string;
  body: string;
}

/** Real ids seen in responses, so path parameters reach the handler instead of a 404. */
export class IdPool {
  private readonly byList = new Map<string, string[]>();
  private readonly byName = new Map<string, string[]>();

  constructor(private readonly excluded: Set<string>) {}

  /** Remember every UUID in a response of the list at `path`. */
  harvest(path: string, value: unknown, key = ''): void {
    if (Array.isArray(value)) {
      for (const item of value) this.harvest(path, item, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) this.harvest(path, v, k);
    } else if (typeof value === 'string' && UUID.test(value) && !this.excluded.has(value)) {
      add(this.byName, key, value);
      if (key === 'id') add(this.byList, path, value);
    }
  }

  /** A real id for a path parameter of `path`, else for a field name, else a random one. */
  forParameter(path: string, name: string, rng: SeededRandom): string {
    const prefix = path.slice(0, path.indexOf(`/{${name}}`));
    const fromList = this.byList.get(prefix);
    if (name === 'id' && fromList?.length) return rng.pick(fromList);
    return this.forField(name, rng);
  }

  /** A real id for a field (`personId`, `caseId`…), else a random one. */
  forField(name: string, rng: SeededRandom): string {
    const known = this.byName.get(name) ?? this.byName.get(name.replace(/Id$/, '') + 'Id');
    return known?.length ? rng.pick(known) : rng.uuid();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function add(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

/** Whether the route's policy lets this actor through (so the full catalogue applies). */
export function allows(policy: RoutePolicy | undefined, role: FuzzActor['role']): boolean {
  if (!policy) return false;
  if (!policy.requiresSession) return true;
  if (role === 'anonymous') return false;
  return policy.roles === 'any' || policy.roles.includes(role);
}

/** The policy of the route behind an operation. */
export function policyOf(routes: RouteInventory, operation: Operation): RoutePolicy | undefined {
  const route = routes.find((r) => r.url === operation.route && [r.method].flat().includes(operation.method));
  return route?.config?.policy;
}

/** The rule every answer must keep: never 5xx; a 4xx carries `{ error: { code, message, requestId } }`. */
export function checkAnswer(response: LightMyRequestResponse): string | null {
  if (response.statusCode >= 500) return '5xx';
  if (response.statusCode < 400) return null;
  let body: { error?: { code?: unknown; message?: unknown; requestId?: unknown } };
  try {
    body = response.json();
  } catch {
    return 'not JSON';
  }
  const error = body.error;
  if (!error || typeof error !== 'object') return 'no error object';
  if (typeof error.code !== 'string' || !(error.code in ERRORS)) return `unknown code ${String(error.code)}`;
  if (typeof error.message !== 'string' || error.message.length === 0) return 'no message';
  if (typeof error.requestId !== 'string' || error.requestId !== response.headers['x-request-id'])
    return 'no requestId';
  return null;
}

/** Settings for one run. */
export interface FuzzSettings {
  seed: number;
  casesPerOperation: number;
  /** How many allowed roles get the whole catalogue per operation (the others the short list). */
  fullRoles: number;
  municipalityCode: string;
}

/** Everything one fuzz run needs. */
export interface FuzzRun {
  app: FastifyInstance;
  routes: RouteInventory;
  actors: FuzzActor[];
  ids: IdPool;
  settings: FuzzSettings;
}

/** The operations of the app's OpenAPI document with a plausible request each. */
export function plannedOperations(run: FuzzRun) {
  const { operations, resolve } = operationsOf(run.app.swagger());
  return operations.map((operation) => {
    const rng = new SeededRandom(run.settings.seed ^ hashText(`${operation.method} ${operation.path}`));
    const hints = {
      idFor: (name: string) => run.ids.forField(name, rng),
      municipalityCode: run.settings.municipalityCode,
    };
    const querySchema: JsonSchema = {
      type: 'object',
      properties: Object.fromEntries(
        operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema]),
      ),
    };
    const query = sampleOf(querySchema, resolve, hints);
    const body = operation.body ? sampleOf(operation.body, resolve, hints) : { value: undefined, leaves: [] };
    const pathValues = Object.fromEntries(
      operation.parameters
        .filter((p) => p.in === 'path')
        .map((p) => [p.name, run.ids.forParameter(operation.path, p.name, rng)]),
    );
    const input = {
      operation,
      pathValues,
      query: query.value as Record<string, unknown>,
      queryLeaves: query.leaves,
      body: body.value,
      bodyLeaves: body.leaves,
      rng,
    };
    return { operation, input, policy: policyOf(run.routes, operation) };
  });
}

/** A request that hangs is a finding too (issue 10: an import that never answered); report it instead of timing out. */
const NO_ANSWER_MS = 20_000;

async function answerWithin(
  ms: number,
  request: Promise<LightMyRequestResponse>,
): Promise<LightMyRequestResponse | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([request, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Send every case of every operation as every actor; return what broke the rules and the count sent. */
export async function runFuzz(
  run: FuzzRun,
): Promise<{ failures: FuzzFailure[]; sent: number; operations: number; slowest: string }> {
  const failures: FuzzFailure[] = [];
  const millisByCase = new Map<string, number>();
  let sent = 0;
  const planned = plannedOperations(run);
  for (const [index, { operation, input, policy }] of planned.entries()) {
    const allowedActors = run.actors.filter((actor) => allows(policy, actor.role));
    // Rotate which allowed roles get the whole catalogue, so across operations every role does.
    const full = new Set(
      Array.from(
        { length: Math.min(run.settings.fullRoles, allowedActors.length) },
        (_, i) => allowedActors[(index + i) % allowedActors.length],
      ),
    );
    for (const actor of run.actors) {
      const only = full.has(actor) ? undefined : allowedActors.includes(actor) ? SHORT_CASES : REFUSED_ROLE_CASES;
      const cases: FuzzCase[] = casesFor(input, run.settings.casesPerOperation, only);
      for (const fuzzCase of cases) {
        const started = performance.now();
        const response = await answerWithin(
          NO_ANSWER_MS,
          actor.send({
            method: fuzzCase.method,
            url: fuzzCase.url,
            headers: fuzzCase.headers,
            ...(fuzzCase.payload !== undefined ? { payload: fuzzCase.payload } : {}),
          }),
        );
        if (!response) {
          failures.push({
            operation: `${operation.method} ${operation.path}`,
            role: actor.role,
            caseName: fuzzCase.name,
            status: 0,
            problem: `no answer within ${NO_ANSWER_MS} ms`,
            body: '',
          });
          return { failures, sent, operations: planned.length, slowest: '(stopped at a request that did not answer)' };
        }
        sent += 1;
        const kind = fuzzCase.name.replace(/ in .*/, '');
        millisByCase.set(kind, (millisByCase.get(kind) ?? 0) + performance.now() - started);
        const problem = checkAnswer(response);
        if (problem) {
          failures.push({
            operation: `${operation.method} ${operation.path}`,
            role: actor.role,
            caseName: fuzzCase.name,
            status: response.statusCode,
            problem,
            body: response.body.slice(0, 300),
          });
        }
        if (response.statusCode === 401 && actor.role !== 'anonymous') await actor.renew();
      }
    }
  }
  const slowest = [...millisByCase.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, ms]) => `${name} ${Math.round(ms)} ms`)
    .join(', ');
  return { failures, sent, operations: planned.length, slowest };
}

/** A readable list of failures, one line each, grouped so fixes are easy to find. */
export function summarise(failures: FuzzFailure[]): string {
  const groups = new Map<string, FuzzFailure[]>();
  for (const f of failures) {
    const key = `${f.operation} | ${f.caseName} | ${f.status} ${f.problem}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()]
    .map(([key, list]) => `${key} | roles: ${[...new Set(list.map((f) => f.role))].join(',')} | ${list[0]?.body ?? ''}`)
    .join('\n');
}
