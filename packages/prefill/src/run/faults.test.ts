// SPDX-License-Identifier: MIT
/// <reference types="node" />
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '@tokhai/core';
import { applyPrefill } from '../provenance/apply.js';
import { getPointer } from '../pointer.js';
import { httpJsonProvider } from '../providers/http-json.js';
import { runPrefill } from './run-prefill.js';

// Each source is a real endpoint on 127.0.0.1 with one fault injected: the behaviour under test is that every
// fault leaves its fields empty and editable, the healthy source still fills, and nothing the citizen typed is lost.
let server: Server;
let base: string;
const GOOD = { fullName: 'Nguyễn Văn Thử', dateOfBirth: '1990-03-05', sex: 'male', phone: '0912345678', socialInsuranceCode: '0123456789', licence: 'B2', code: 'GKSK-1' };

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    switch (path) {
      case '/good': return send(200, JSON.stringify(GOOD));
      case '/slow': return void setTimeout(() => send(200, JSON.stringify(GOOD)), 3000);
      case '/status-500': return send(500, '{"error":"internal"}');
      case '/malformed': return send(200, '{"fullName": "Nguy');
      case '/wrong-types': return send(200, JSON.stringify({ ...GOOD, sex: 1, dateOfBirth: 19900305, socialInsuranceCode: 123 }));
      default: return send(404, '{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const text = { vi: 'Nguồn thử', en: 'Test source' };
const source = (id: string, path: string) => httpJsonProvider({ id, label: text, purpose: text, url: `${base}${path}` });

const FORM: FormDefinition = {
  id: 'test.faults',
  version: '1.0.0',
  title: { vi: 'Thử lỗi', en: 'Faults' },
  schema: {
    type: 'object',
    properties: {
      good: { type: 'object', properties: { fullName: { type: 'string' }, phone: { type: 'string' } } },
      slow: { type: 'object', properties: { fullName: { type: 'string' }, phone: { type: 'string' } } },
      failing: { type: 'object', properties: { fullName: { type: 'string' } } },
      broken: { type: 'object', properties: { fullName: { type: 'string' } } },
      typed: {
        type: 'object',
        properties: { fullName: { type: 'string' }, sex: { type: 'string', enum: ['male', 'female'] }, dateOfBirth: { type: 'string' }, socialInsuranceCode: { type: 'string' } },
      },
      declined: { type: 'object', properties: { fullName: { type: 'string' } } },
    },
  },
  prefill: [
    { target: '/good/fullName', source: 'good', claim: '/fullName', mode: 'locked' },
    { target: '/good/phone', source: 'good', claim: '/phone' },
    { target: '/slow/fullName', source: 'slow', claim: '/fullName', mode: 'locked' },
    { target: '/slow/phone', source: 'slow', claim: '/phone' },
    { target: '/failing/fullName', source: 'failing', claim: '/fullName' },
    { target: '/broken/fullName', source: 'broken', claim: '/fullName' },
    { target: '/typed/fullName', source: 'typed', claim: '/fullName' },
    { target: '/typed/sex', source: 'typed', claim: '/sex', mode: 'locked' },
    { target: '/typed/dateOfBirth', source: 'typed', claim: '/dateOfBirth', transform: 'date.iso' },
    { target: '/typed/socialInsuranceCode', source: 'typed', claim: '/socialInsuranceCode' },
    { target: '/declined/fullName', source: 'declined', claim: '/fullName' },
  ],
};

const providers = () => [
  source('good', '/good'),
  source('slow', '/slow'),
  source('failing', '/status-500'),
  source('broken', '/malformed'),
  source('typed', '/wrong-types'),
  source('declined', '/good'),
];
const decisions = { good: 'granted', slow: 'granted', failing: 'granted', broken: 'granted', typed: 'granted', declined: 'declined' } as const;

describe('prefill under injected faults', () => {
  it('fills what it can, reports every fault on its field, and keeps what the citizen typed', async () => {
    // The citizen typed two answers while the sources were being asked.
    const typed = { slow: { phone: '0987000111' }, good: { phone: '0987000222' } };
    const touched = new Set(['/slow/phone', '/good/phone']);
    const started = performance.now();
    const result = await runPrefill({ form: FORM, providers: providers(), decisions, timeoutMs: 500, data: typed });
    expect(performance.now() - started).toBeLessThan(2500); // the 3 s source did not hold the form

    const kinds = Object.fromEntries(result.failures.map((f) => [f.pointer, f.kind]));
    expect(kinds).toEqual({
      '/slow/fullName': 'timeout',
      '/slow/phone': 'timeout',
      '/failing/fullName': 'http',
      '/broken/fullName': 'malformed',
      '/typed/sex': 'type',
      '/typed/dateOfBirth': 'type',
      '/typed/socialInsuranceCode': 'type',
      '/declined/fullName': 'declined',
    });
    expect(result.failures.find((f) => f.pointer === '/failing/fullName')!.status).toBe(500);

    const { data, provenance, skipped } = applyPrefill(typed, result, { touched });
    expect(getPointer(data, '/good/fullName')).toBe('Nguyễn Văn Thử');
    expect(getPointer(data, '/typed/fullName')).toBe('Nguyễn Văn Thử');
    // Nothing the citizen typed is lost…
    expect(getPointer(data, '/good/phone')).toBe('0987000222');
    expect(getPointer(data, '/slow/phone')).toBe('0987000111');
    expect(skipped).toEqual(['/good/phone']);
    // …and every faulty field is empty and editable (no provenance, so no lock).
    for (const pointer of Object.keys(kinds)) {
      if (pointer !== '/slow/phone') expect(getPointer(data, pointer)).toBeUndefined();
      expect(provenance[pointer]).toBeUndefined();
    }
  });

  it('reports every unfinished source as aborted when the citizen leaves, keeping typed data', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const typed = { slow: { phone: '0987000111' } };
    const result = await runPrefill({ form: FORM, providers: [source('slow', '/slow')], decisions: { slow: 'granted' }, signal: controller.signal, data: typed });
    expect(result.failures.map((f) => f.kind)).toEqual(['aborted', 'aborted']);
    expect(applyPrefill(typed, result, { touched: new Set(['/slow/phone']) }).data).toEqual(typed);
  });
});
