// SPDX-License-Identifier: MIT
// The store's idempotency rules, without a server: a batch (one bundle filing) is stored all or none, and a
// submission id already used by another citizen or for another form is a conflict, never a "duplicate".
import { describe, expect, it } from 'vitest';
import { openStore } from './store.mjs';

const row = (id, overrides = {}) => ({
  submission_id: id,
  form_id: 'vn.moj.birth-registration',
  form_version: '1.0.0',
  bundle_id: null,
  filing_id: id,
  owner: '001090012345',
  digest: `digest-of-${id}`,
  envelope: '{}',
  signature: 'h..s',
  key_id: 'k',
  received_at: '2026-11-24T08:00:00.000Z',
  ...overrides,
});
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('openStore().insertAll', () => {
  it('answers duplicate for the same id, owner, form and data, and stores it once', async () => {
    const store = await openStore(null);
    expect(store.insertAll([row(A)]).results.map((r) => r.status)).toEqual(['inserted']);
    expect(store.insertAll([row(A, { received_at: '2026-11-24T09:00:00.000Z' })]).results).toEqual([{ status: 'duplicate', row: store.get(A) }]);
    expect(store.count()).toBe(1);
  });

  it('stores nothing of a batch when one of its ids belongs to another citizen, even with the same data', async () => {
    const store = await openStore(null);
    store.insertAll([row(B, { owner: '001192054321' })]);
    const outcome = store.insertAll([row(A), row(B)]);
    expect(outcome.conflict).toMatchObject({ submission_id: B, owner: '001192054321' });
    expect(store.get(A)).toBeUndefined();
    expect(store.count()).toBe(1);
  });

  it('treats the same id and data for another form as a conflict, not as the stored receipt', async () => {
    const store = await openStore(null);
    store.insertAll([row(A)]);
    expect(store.insertAll([row(A, { form_id: 'vn.bca.residence-change-ct01' })]).conflict).toMatchObject({ form_id: 'vn.moj.birth-registration' });
    expect(store.insertAll([row(A, { form_version: '1.1.0' })]).conflict).toMatchObject({ form_version: '1.0.0' });
  });

  it('refuses one id used twice inside one batch', async () => {
    const store = await openStore(null);
    expect(store.insertAll([row(A), row(A, { form_id: 'vn.bca.residence-change-ct01' })]).conflict).toBeDefined();
    expect(store.count()).toBe(0);
  });
});
