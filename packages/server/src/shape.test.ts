// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { checkSubmissionShape, MAX_ATTESTATIONS } from './shape.js';

const valid = () => ({
  formId: 'vn.moj.birth-registration',
  formVersion: '1.2.0',
  submissionId: '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f',
  submittedAt: '2026-11-24T08:00:00.000Z',
  locale: 'vi',
  data: {},
  provenance: { '/requester/fullName': { source: 'vneid', fetchedAt: '2026-11-24T07:59:00Z', mode: 'locked', value: 'Lê Thị Hoa', attestation: 0 } },
  consent: [{ source: 'vneid', purpose: 'Điền sẵn thông tin', claims: ['/name'], decision: 'granted', decidedAt: '2026-11-24T07:58:00+07:00' }],
  attestations: [{ source: 'vneid', jws: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln' }],
});

describe('checkSubmissionShape', () => {
  it('accepts a well-formed submission', () => {
    expect(checkSubmissionShape(valid())).toEqual([]);
  });

  it.each([null, [], 'x', 1])('refuses a non-object %j', (v) => {
    expect(checkSubmissionShape(v)).toEqual([{ pointer: '', key: 'submission.type', expected: 'an object' }]);
  });

  it('lists every missing member, not just the first', () => {
    const pointers = checkSubmissionShape({}).map((p) => p.pointer);
    expect(pointers).toEqual(['/formId', '/formVersion', '/submissionId', '/submittedAt', '/locale', '/data', '/provenance', '/consent']);
  });

  it.each([
    ['formId', 'Birth Registration', '/formId'],
    ['formVersion', 'v1', '/formVersion'],
    ['submissionId', 'not-a-uuid', '/submissionId'],
    ['submittedAt', '24/11/2026', '/submittedAt'],
    ['submittedAt', '2026-13-45T99:00:00Z', '/submittedAt'],
    ['locale', 'fr', '/locale'],
    ['data', [], '/data'],
  ])('refuses a bad %s (%j)', (member, value, pointer) => {
    expect(checkSubmissionShape({ ...valid(), [member]: value })).toMatchObject([{ pointer }]);
  });

  it('refuses unknown members anywhere in the envelope part, with their pointer', () => {
    const s = valid();
    const problems = checkSubmissionShape({ ...s, extra: 1, consent: [{ ...s.consent[0], note: 'x' }] });
    expect(problems.map((p) => [p.pointer, p.key])).toEqual([
      ['/consent/0/note', 'submission.unknown'],
      ['/extra', 'submission.unknown'],
    ]);
  });

  it('refuses provenance keyed by something that is not a JSON Pointer', () => {
    const s = valid();
    expect(checkSubmissionShape({ ...s, provenance: { 'requester.fullName': s.provenance['/requester/fullName'] } })).toMatchObject([
      { pointer: '/provenance/requester.fullName', key: 'submission.format' },
    ]);
  });

  it('refuses a provenance entry that points to an attestation that does not exist', () => {
    const s = valid();
    expect(checkSubmissionShape({ ...s, attestations: [] })).toEqual([
      { pointer: '/provenance/~1requester~1fullName/attestation', key: 'submission.reference', expected: 'an index below 0' },
    ]);
  });

  it('refuses an attestation that no provenance entry cites, at its index', () => {
    const s = valid();
    const second = { source: 'population', jws: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIyIn0.c2ln' };
    expect(checkSubmissionShape({ ...s, attestations: [...s.attestations, second] })).toEqual([
      { pointer: '/attestations/1', key: 'submission.unreferenced', expected: 'cited by a provenance entry' },
    ]);
    expect(checkSubmissionShape({ ...s, provenance: {} })).toMatchObject([{ pointer: '/attestations/0', key: 'submission.unreferenced' }]);
  });

  it('refuses more than MAX_ATTESTATIONS attestations before any is verified, each cited or not', () => {
    const s = valid();
    const withCount = (n: number) => {
      const attestations = Array.from({ length: n }, () => s.attestations[0]);
      const provenance = Object.fromEntries(attestations.map((_, i) => [`/f${i}`, { ...s.provenance['/requester/fullName'], attestation: i }]));
      return { ...s, attestations, provenance };
    };
    expect(checkSubmissionShape(withCount(MAX_ATTESTATIONS))).toEqual([]);
    expect(checkSubmissionShape(withCount(MAX_ATTESTATIONS + 1))).toEqual([
      { pointer: '/attestations', key: 'submission.format', expected: `at most ${MAX_ATTESTATIONS} items` },
    ]);
  });

  it('checks the nested members of provenance, consent, attestations, corrections and assisted', () => {
    const s = valid();
    const problems = checkSubmissionShape({
      ...s,
      provenance: { '/a': { source: '', fetchedAt: 'now', mode: 'maybe', value: 1, modified: 'yes' } },
      consent: [{ ...s.consent[0], decision: 'ok', claims: [1] }],
      attestations: [{ source: 'vneid', jws: 'not a jws' }],
      corrections: [{ pointer: 'x', source: 'population', reason: 'sai', claimedValue: 'y' }],
      assisted: { officerId: 'cb-01', citizenConfirmed: 'yes' },
    });
    expect(problems.map((p) => p.pointer)).toEqual([
      '/provenance/~1a/source', '/provenance/~1a/fetchedAt', '/provenance/~1a/mode', '/provenance/~1a/modified',
      '/consent/0/claims/0', '/consent/0/decision', '/attestations/0/jws', '/corrections/0/pointer', '/assisted/citizenConfirmed',
    ]);
  });
});
