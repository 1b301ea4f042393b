// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { FieldProvenance } from '@tokhai/core';
import type { DraftPrefill } from '../drafts/draft-store.js';
import { emptyPrefill } from './prefill-controller.js';
import { citedAttestations, mergeRun } from './prefill-record.js';

const att = (source: string, jws: string) => ({ source, jws });
const locked = (source: string, value: unknown, attestation?: number): FieldProvenance =>
  ({ source, mode: 'locked', value, fetchedAt: '2026-11-24T10:00:00.000Z', ...(attestation === undefined ? {} : { attestation }) });

describe('the prefill record the submission carries', () => {
  it('keeps only the attestations a provenance entry cites after a run, renumbered (a run over a restored draft)', () => {
    // A draft restored with one attested value; the new run signed two answers, but the citizen had typed the field
    // the first one was for, so only the second is applied.
    const draft: DraftPrefill = { ...emptyPrefill(), provenance: { '/a': locked('vneid', 'A', 0) }, attestations: [att('vneid', 'a.a.a')] };
    const merged = mergeRun(
      draft,
      { consent: [], attestations: [att('population', 'b0.b0.b0'), att('population', 'b1.b1.b1')] },
      { '/c': locked('population', 'C', 1) },
      new Set(['population']),
    );
    expect(merged.attestations).toEqual([att('vneid', 'a.a.a'), att('population', 'b1.b1.b1')]);
    expect(merged.provenance['/a'].attestation).toBe(0);
    expect(merged.provenance['/c'].attestation).toBe(1);
  });

  it('drops an attestation a later run made uncited, and an index that points past the list', () => {
    const record: DraftPrefill = {
      ...emptyPrefill(),
      provenance: { '/a': locked('vneid', 'A', 1), '/b': locked('vneid', 'B', 7), '/c': locked('vneid', 'C', 1) },
      attestations: [att('vneid', 'old.old.old'), att('vneid', 'new.new.new')],
    };
    const cited = citedAttestations(record);
    expect(cited.attestations).toEqual([att('vneid', 'new.new.new')]);
    expect(cited.provenance['/a'].attestation).toBe(0);
    expect(cited.provenance['/c'].attestation).toBe(0);
    expect('attestation' in cited.provenance['/b']).toBe(false);
  });

  it('lists an attestation once when two runs return the same signed answer', () => {
    const first = mergeRun(emptyPrefill(), { consent: [], attestations: [att('vneid', 's.s.s')] }, { '/a': locked('vneid', 'A', 0) }, new Set(['vneid']));
    const again = mergeRun(first, { consent: [], attestations: [att('vneid', 's.s.s')] }, { '/b': locked('vneid', 'B', 0) }, new Set(['vneid']));
    expect(again.attestations).toEqual([att('vneid', 's.s.s')]);
    expect([again.provenance['/a'].attestation, again.provenance['/b'].attestation]).toEqual([0, 0]);
  });
});
