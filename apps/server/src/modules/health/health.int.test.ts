import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app';

describe('health and API conventions', () => {
  const ctx = useTestApp();

  it('answers /healthz and /readyz', async () => {
    const { app } = ctx();
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await app.inject('/readyz')).json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 503 once shutting down', async () => {
    const { app, built } = ctx();
    built.markShuttingDown();
    const response = await app.inject('/readyz');
    expect(response.statusCode).toBe(503);
  });

  it('returns a request id, echoing a well-formed incoming one', async () => {
    const { app } = ctx();
    const response = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-12345678' } });
    expect(response.headers['x-request-id']).toBe('abc-12345678');
    const generated = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown API routes with a JSON 404 in Dutch', async () => {
    const { app } = ctx();
    const response = await app.inject('/api/v1/does-not-exist');
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: 'NOT_FOUND', message: 'Niet gevonden.' });
  });

  it('refuses malformed JSON with a 400, not a 500', async () => {
    const { app } = ctx();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('explains invalid input per field, in Dutch', async () => {
    const { app } = ctx();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'geen-adres', password: '' },
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['email', 'password']));
    expect(error.message).toMatch(/invoer/);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const { app } = ctx();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'email=a',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('publishes an OpenAPI document with every API route', async () => {
    const { app } = ctx();
    const response = await app.inject('/api/v1/openapi.json');
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users', '/api/v1/users/{id}', '/api/v1/access-log']),
    );
    expect((await app.inject('/api/v1/docs')).statusCode).toBeLessThan(400);
  });
});
