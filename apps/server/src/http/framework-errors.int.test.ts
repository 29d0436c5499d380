import { connect } from 'node:net';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { isInputDataException } from './error-handler';
import { publicAccess } from './policy';
import { useTestApp } from '../test/test-app';

/** The project's error body: a stable code, a Dutch message and the request id of the answer. */
function expectProjectError(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.statusCode, response.body).toBe(status);
  const body = response.json<{ error: { code: string; message: string; requestId: string } }>();
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/[a-z]/);
  expect(body.error.message).not.toMatch(/Bad Request|not a valid url|exceeding the max param length/);
  expect(body.error.requestId).toBe(response.headers['x-request-id']);
}

/** Send raw bytes over a real socket and return the raw answer (Node's parser answers some before Fastify). */
async function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe("Fastify's own errors in the project's error format (issue 10, item 9)", () => {
  const ctx = useTestApp({}, async (app) => {
    // A probe that hands its input to PostgreSQL unchecked, as a forgotten check would.
    app.get<{ Querystring: { value: string; type: string } }>(
      '/probe/cast',
      { config: { policy: publicAccess } },
      async (request) => {
        const { value, type } = request.query;
        const cast = {
          date: sql`${value}::date`,
          int: sql`${value}::int4`,
          uuid: sql`${value}::uuid`,
          text: sql`${value}::text`,
        }[type];
        await ctx().db.execute(sql`select ${cast} as v`);
        return { ok: true };
      },
    );
  });

  it('answers an unknown route with 404 NOT_FOUND', async () => {
    expectProjectError(await ctx().app.inject({ method: 'GET', url: '/api/v1/bestaat-niet' }), 404, 'NOT_FOUND');
  });

  it('answers a path parameter over the length limit with 414 URI_TOO_LONG', async () => {
    const response = await ctx().app.inject({ method: 'GET', url: `/api/v1/cases/${'a'.repeat(5_000)}` });
    expectProjectError(response, 414, 'URI_TOO_LONG');
  });

  it('answers a broken percent-encoding with 400 INVALID_URL', async () => {
    expectProjectError(await ctx().app.inject({ method: 'GET', url: '/api/v1/cases/%E0%A4%A' }), 400, 'INVALID_URL');
  });

  it('answers malformed JSON, wrong content types and too large bodies in the project format', async () => {
    const { app } = ctx();
    const login = { method: 'POST' as const, url: '/api/v1/auth/login' };
    expectProjectError(
      await app.inject({ ...login, headers: { 'content-type': 'application/json' }, payload: '{"email":' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProjectError(
      await app.inject({ ...login, headers: { 'content-type': 'text/plain' }, payload: 'x' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expectProjectError(
      await app.inject({
        ...login,
        headers: { 'content-type': 'application/json' },
        payload: `{"email":"${'x'.repeat(1_100_000)}"}`,
      }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('answers requests that Node refuses before Fastify (headers over 16 KB, broken HTTP) in the project format', async () => {
    const { app } = ctx();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const tooLong = await rawExchange(port, `GET /api/v1/cases?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(tooLong).toMatch(/^HTTP\/1\.1 431 /);
    expect(tooLong).toContain('"code":"HEADERS_TOO_LARGE"');
    const garbage = await rawExchange(port, 'HALLO WERELD\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(garbage).toContain('"code":"BAD_REQUEST"');
    expect(garbage).toMatch(/"requestId":"[0-9a-f-]{36}"/);
  });

  it.each([
    ['year 0000 as a date', 'date', '0000-01-01'],
    ['a number beyond int4', 'int', '2147483648'],
    ['a malformed uuid', 'uuid', 'geen-uuid'],
    ['an impossible date', 'date', '2024-02-30'],
    ['NUL in text', 'text', 'a\u0000b'],
  ])('turns a database data exception from input (%s) into 400 INVALID_INPUT, not 500', async (_, type, value) => {
    const url = `/probe/cast?type=${type}&value=${encodeURIComponent(value)}`;
    expectProjectError(await ctx().app.inject({ method: 'GET', url }), 400, 'INVALID_INPUT');
  });
});

describe('which database errors count as refused input', () => {
  it.each(['22001', '22003', '22007', '22008', '22021', '22P02', '54000'])(
    '%s (wrapped by Drizzle) is input',
    (code) => {
      expect(isInputDataException(new Error('query failed', { cause: Object.assign(new Error('pg'), { code }) }))).toBe(
        true,
      );
    },
  );

  it.each(['23505', '40001', '57014', '08006', undefined])('%s is not', (code) => {
    expect(isInputDataException(Object.assign(new Error('pg'), { code }))).toBe(false);
  });
});
