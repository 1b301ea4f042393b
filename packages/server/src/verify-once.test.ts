// SPDX-License-Identifier: MIT
// Each attestation's signature is verified once per submission, although two steps rely on it: the locked-value
// check (prefill's `verifyAttestations`) and the check of every stored attestation (attestations.ts). Verifying is
// the costliest part of a submission (an ECDSA verification each), so the second step reuses the first's verdict.
import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compileForm } from '@tokhai/core';
import type { CompiledForm } from '@tokhai/core';
import { ajvEngine } from '@tokhai/core/ajv';
import { signAttestation } from '@tokhai/prefill';
import { verifySubmission } from './verify.js';
import { CITIZEN, definition, validSubmission, vneidKeys } from './test/fixture-form.js';

// jose as is, its signature check counted.
vi.mock('jose', async (importOriginal) => {
  const jose = await importOriginal<typeof import('jose')>();
  return { ...jose, jwtVerify: vi.fn(jose.jwtVerify) };
});
const { jwtVerify } = await import('jose');

let form: CompiledForm;
beforeAll(() => {
  form = compileForm(definition, { engine: ajvEngine() });
});

describe('signature checks of a submission', () => {
  it('verifies an attestation that locked values and an editable entry cite once', async () => {
    vi.mocked(jwtVerify).mockClear();
    const r = await verifySubmission(form, await validSubmission(), { keys: { vneid: vneidKeys.publicKey } });
    expect(r.ok).toBe(true);
    expect(jwtVerify).toHaveBeenCalledTimes(1);
  });

  it('verifies each of two attestations once, and still refuses a bad one found by the shared check', async () => {
    const s = await validSubmission();
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const forged = await signAttestation({ source: 'vneid', subject: CITIZEN.pid, claims: { '/phone_number': CITIZEN.phone }, privateKey: other });
    s.attestations = [...s.attestations!, { source: 'vneid', jws: forged }];
    s.provenance['/requester/phone'] = { ...s.provenance['/requester/phone'], attestation: 1 };
    vi.mocked(jwtVerify).mockClear();
    const r = await verifySubmission(form, s, { keys: { vneid: vneidKeys.publicKey } });
    expect(r).toMatchObject({ ok: false, reason: 'attestation-invalid', errors: [{ pointer: '/requester/phone', params: { reason: 'bad-signature', attestation: 1 } }] });
    expect(jwtVerify).toHaveBeenCalledTimes(2);
  });
});
