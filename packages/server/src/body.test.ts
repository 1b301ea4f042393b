// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { isJsonMediaType, parseSubmissionBody } from './body.js';

describe('isJsonMediaType', () => {
  it.each(['application/json', 'Application/JSON; charset=UTF-8', 'application/json;charset="utf-8"'])('accepts %s', (t) => {
    expect(isJsonMediaType(t)).toBe(true);
  });
  it.each([undefined, '', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'application/jsonp'])(
    'refuses %s',
    (t) => expect(isJsonMediaType(t)).toBe(false),
  );
});

describe('parseSubmissionBody', () => {
  it('parses JSON bytes', () => {
    expect(parseSubmissionBody(Buffer.from('{"a":"Hà Nội"}'), 'application/json')).toEqual({ ok: true, value: { a: 'Hà Nội' } });
  });

  it('answers 415 for another media type, before reading the body', () => {
    expect(parseSubmissionBody('{}', 'text/plain')).toMatchObject({ ok: false, status: 415, reason: 'unsupported-media-type' });
  });

  it('answers 413 over maxBytes, counting bytes not characters', () => {
    const body = JSON.stringify({ s: 'ễ'.repeat(40) }); // 48 characters, 128 bytes
    expect(parseSubmissionBody(body, 'application/json', { limits: { maxBytes: 100 } })).toMatchObject({ ok: false, status: 413, reason: 'body-too-large' });
    expect(parseSubmissionBody(body, 'application/json', { limits: { maxBytes: 200 } })).toMatchObject({ ok: true });
  });

  it.each([['truncated', '{"a":'], ['trailing comma', '{"a":1,}'], ['single quotes', "{'a':1}"], ['empty', '']])('answers 400 for malformed JSON (%s)', (_n, body) => {
    expect(parseSubmissionBody(body, 'application/json')).toMatchObject({ ok: false, status: 400, reason: 'malformed-json' });
  });

  it('answers 400 for bytes that are not UTF-8', () => {
    expect(parseSubmissionBody(Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]), 'application/json')).toMatchObject({ status: 400 });
  });

  it('answers 413 with the pointer of a string over maxStringLength', () => {
    const r = parseSubmissionBody(JSON.stringify({ data: { name: 'a'.repeat(50) } }), 'application/json', { limits: { maxStringLength: 40 } });
    expect(r).toMatchObject({ ok: false, status: 413, reason: 'string-too-long', errors: [{ pointer: '/data/name', keyword: 'limit' }] });
  });

  it('answers 413 for nesting deeper than maxDepth, without a stack overflow on 100,000 levels', () => {
    const body = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(parseSubmissionBody(body, 'application/json', { limits: { maxBytes: 1e6 } })).toMatchObject({ ok: false, status: 413, reason: 'too-deep' });
  });

  it('answers 400 for an escaped lone surrogate, which has no canonical form', () => {
    expect(parseSubmissionBody('{"a":"\\ud800"}', 'application/json')).toMatchObject({ ok: false, status: 400, reason: 'not-i-json' });
  });

  it('ignores a leading byte order mark alike whether the body arrives as bytes or as decoded text (RFC 8259 §8.1)', () => {
    const text = '\uFEFF{"a":"Hà Nội"}';
    expect(parseSubmissionBody(Buffer.from(text, 'utf8'), 'application/json')).toEqual({ ok: true, value: { a: 'Hà Nội' } });
    expect(parseSubmissionBody(text, 'application/json')).toEqual({ ok: true, value: { a: 'Hà Nội' } });
  });

  it('still refuses a byte order mark anywhere but at the start', () => {
    expect(parseSubmissionBody('{"a":1}\uFEFF', 'application/json')).toMatchObject({ ok: false, status: 400, reason: 'malformed-json' });
    expect(parseSubmissionBody('\uFEFF\uFEFF{}', 'application/json')).toMatchObject({ ok: false, status: 400, reason: 'malformed-json' });
  });

  it('says why in the requested locale', () => {
    const vi = parseSubmissionBody('{', 'application/json');
    const en = parseSubmissionBody('{', 'application/json', { locale: 'en' });
    expect(!vi.ok && vi.message).toMatch(/JSON hợp lệ/);
    expect(!en.ok && en.message).toBe('The body is not valid JSON.');
  });
});
