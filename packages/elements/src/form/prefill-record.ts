// SPDX-License-Identifier: MIT
/**
 * How a prefill run joins the record the submission carries (provenance, consent, attestations) and what the
 * citizen is told of its failures. Loaded with the prefill code (prefill-controller.ts `loadPrefill`), since only a
 * form that meets providers runs prefill.
 */
import type { FieldProvenance } from '@tokhai/core';
import type { ConsentDecision, PrefillFailure, PrefillResult } from '@tokhai/prefill';
import type { DraftPrefill } from '../drafts/draft-store.js';
import { issueWarning } from '../internal/dev-mode.js';

/**
 * The record after a run of `sources`: their consent records replace the earlier ones, their attestations join the
 * list (each once) and the new provenance points at them by their place in the joined list. Only attestations some
 * provenance entry still cites are kept (`citedAttestations`): a run's signed answer for fields the citizen had
 * already typed, or one a later run replaced, would otherwise ride along uncited, and `@tokhai/server` refuses a
 * submission carrying an attestation nothing cites.
 */
export function mergeRun(
  record: DraftPrefill,
  result: Pick<PrefillResult, 'consent' | 'attestations'>,
  provenance: Record<string, FieldProvenance>,
  sources: ReadonlySet<string>,
): DraftPrefill {
  const attestations = [...record.attestations];
  const moved = result.attestations.map((a) => {
    const at = attestations.findIndex((b) => b.jws === a.jws);
    return at >= 0 ? at : attestations.push(a) - 1;
  });
  const placed = Object.fromEntries(
    Object.entries(provenance).map(([pointer, p]) => {
      if (p.attestation === undefined) return [pointer, p];
      const { attestation, ...rest } = p;
      const index = moved[attestation];
      return [pointer, index === undefined ? rest : { ...rest, attestation: index }];
    }),
  );
  return citedAttestations({
    provenance: { ...record.provenance, ...placed },
    consent: [...record.consent.filter((c) => !sources.has(c.source)), ...result.consent],
    attestations,
    corrections: record.corrections,
  });
}

/**
 * The record with only the attestations its provenance cites, in their first order, each entry's `attestation`
 * index renumbered to match (an index past the list is dropped from its entry, as nothing backs it).
 */
export function citedAttestations(record: DraftPrefill): DraftPrefill {
  const kept: DraftPrefill['attestations'] = [];
  const renumbered = new Map<number, number>();
  const provenance = Object.fromEntries(
    Object.entries(record.provenance).map(([pointer, p]) => {
      if (p.attestation === undefined) return [pointer, p];
      const { attestation, ...rest } = p;
      let index = renumbered.get(attestation);
      if (index === undefined && attestation >= 0 && attestation < record.attestations.length) {
        index = kept.push(record.attestations[attestation]) - 1;
        renumbered.set(attestation, index);
      }
      return [pointer, index === undefined ? rest : { ...rest, attestation: index }];
    }),
  );
  return { ...record, provenance, attestations: kept };
}

/**
 * What the citizen is told after a run: each field left empty by a source they declined or that failed. Not: a
 * run the form stopped itself (`aborted`), sources not asked in this run, and faults about a source rather than a
 * field (an unreadable attestation): the values were written, so "could not get data" would be untrue.
 */
export function citizenFailures(failures: readonly PrefillFailure[], decisions: Record<string, ConsentDecision>): PrefillFailure[] {
  return failures.filter((f) => {
    if (f.pointer === undefined) {
      issueWarning('prefill-failed', `Prefill from "${f.source}": ${f.message}`);
      return false;
    }
    if (f.kind === 'declined') return decisions[f.source] === 'declined';
    return f.kind !== 'aborted';
  });
}
