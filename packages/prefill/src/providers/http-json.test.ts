// SPDX-License-Identifier: MIT
/// <reference types="node" />
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProviderError } from '../errors.js';
import { httpJsonProvider } from './http-json.js';
import type { ProviderRequest } from '../types.js';

// A real HTTP server on 127.0.0.1 standing in for a sectoral database with Vietnamese field names.
const requests: IncomingMessage[] = [];
let server: Server;
let base: string;

function route(req: IncomingMessage, res: ServerResponse): void {
  requests.push(req);
  const url = new URL(req.url ?? '/', 'http://x');
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  if (req.headers.authorization !== 'Bearer t0ken') return json(401, { error: 'unauthorized' });
  switch (url.pathname) {
    case '/cong-dan/001090012345':
      return json(200, { ketQua: { hoTen: 'Nguyễn Văn Thử', ngaySinh: '05/03/1990', gioiTinh: 'Nam', tonGiao: 'Không' }, chuKy: 'a.b.c' });
    case '/broken':
      return json(200, '{"ketQua": {');
    case '/array':
      return json(200, [1, 2]);
    case '/huge':
      return json(200, { ketQua: { hoTen: 'x'.repeat(2 * 1024 * 1024) } });
    case '/error':
      return json(503, { error: 'maintenance' });
    case '/slow':
      setTimeout(() => json(200, { ketQua: {} }), 2000);
      return;
    default:
      return json(404, { error: 'not found' });
  }
}

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const label = { vi: 'CSDL thử', en: 'Test database' };
const purpose = { vi: 'Điền tờ khai', en: 'Fill in the form' };
const mapping = { '/fullName': '/hoTen', '/dateOfBirth': '/ngaySinh', '/sex': '/gioiTinh', '/religion': '/tonGiao' };
const req = (claims: string[], signal = new AbortController().signal): ProviderRequest => ({ claims, subject: '001090012345', signal });

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('httpJsonProvider against a local HTTP server', () => {
  const provider = (path: string, extra = {}) =>
    httpJsonProvider({
      id: 'population',
      label,
      purpose,
      url: `${base}${path}`,
      headers: () => Promise.resolve({ authorization: 'Bearer t0ken' }),
      mapping,
      dataPointer: '/ketQua',
      attestationPointer: '/chuKy',
      ...extra,
    });

  it('maps the source fields to claims, sends the auth header, and returns only what was asked', async () => {
    const p = provider('/cong-dan/{subject}');
    expect(p.claims).toEqual(['/fullName', '/dateOfBirth', '/sex', '/religion']);
    const r = await p.fetch(req(['/fullName', '/sex']));
    expect(r).toEqual({ claims: { fullName: 'Nguyễn Văn Thử', sex: 'Nam' }, attestation: 'a.b.c' });
    expect(requests.at(-1)!.url).toBe('/cong-dan/001090012345');
  });

  it('sends the requested claims as a query parameter when asked to (data minimisation at the source)', async () => {
    await provider('/cong-dan/{subject}', { claimsParam: 'fields' }).fetch(req(['/fullName', '/sex']));
    expect(requests.at(-1)!.url).toBe('/cong-dan/001090012345?fields=%2FhoTen%2C%2FgioiTinh');
  });

  it('reports 401 and 5xx answers as http failures with their status', async () => {
    const unauthorized = await rejection(httpJsonProvider({ id: 'p', label, purpose, url: `${base}/cong-dan/{subject}` }).fetch(req(['/fullName'])));
    expect(isProviderError(unauthorized) && [unauthorized.kind, unauthorized.status]).toEqual(['http', 401]);
    const down = await rejection(provider('/error').fetch(req(['/fullName'])));
    expect(isProviderError(down) && [down.kind, down.status]).toEqual(['http', 503]);
  });

  it('reports invalid JSON, a body of the wrong shape and a schema mismatch as malformed', async () => {
    for (const path of ['/broken', '/array']) {
      const e = await rejection(provider(path).fetch(req(['/fullName'])));
      expect(isProviderError(e) && e.kind).toBe('malformed');
    }
    const schema = { type: 'object', required: ['ketQua', 'maGiaoDich'], properties: { ketQua: { type: 'object' } } };
    const e = await rejection(provider('/cong-dan/{subject}', { responseSchema: schema }).fetch(req(['/fullName'])));
    expect(isProviderError(e) && e.kind).toBe('malformed');
    expect((e as Error).message).toMatch(/maGiaoDich/);
  });

  it('accepts a body that satisfies its response schema, decided without the interpreter', async () => {
    const schema = { type: 'object', required: ['ketQua', 'chuKy'], properties: { ketQua: { type: 'object', required: ['hoTen'] }, chuKy: { type: 'string', minLength: 1 } } };
    const answer = await provider('/cong-dan/{subject}', { responseSchema: schema, dataPointer: '/ketQua' }).fetch(req(['/fullName']));
    expect(answer.claims).toEqual({ fullName: 'Nguyễn Văn Thử' });
  });

  it('checks with the interpreter a response schema the closure matcher does not implement (an $id, a uri format)', async () => {
    const passes = { $id: 'https://example.invalid/envelope', type: 'object', properties: { ketQua: { type: 'object' }, nguon: { type: 'string', format: 'uri' } } };
    const answer = await provider('/cong-dan/{subject}', { responseSchema: passes, dataPointer: '/ketQua' }).fetch(req(['/fullName']));
    expect(answer.claims).toEqual({ fullName: 'Nguyễn Văn Thử' });
    const fails = { ...passes, required: ['nguon'] };
    const e = await rejection(provider('/cong-dan/{subject}', { responseSchema: fails, dataPointer: '/ketQua' }).fetch(req(['/fullName'])));
    expect(isProviderError(e) && e.kind).toBe('malformed');
    expect((e as Error).message).toMatch(/nguon/);
  });

  it('refuses an answer over 1 MiB as malformed instead of reading it all', async () => {
    const e = await rejection(provider('/huge').fetch(req(['/fullName'])));
    expect(isProviderError(e) && e.kind).toBe('malformed');
    expect((e as Error).message).toMatch(/more than 1048576 bytes/);
  });

  it('reports an unreachable server as an http failure', async () => {
    const e = await rejection(httpJsonProvider({ id: 'p', label, purpose, url: 'http://127.0.0.1:9/none' }).fetch(req(['/x'])));
    expect(isProviderError(e) && e.kind).toBe('http');
  });

  it('stops waiting when its signal aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const e = await rejection(provider('/slow').fetch(req(['/fullName'], controller.signal)));
    expect(performance.now() - started).toBeLessThan(1500);
    expect(isProviderError(e)).toBe(false); // the runner classifies aborts from its own signal
  });
});
