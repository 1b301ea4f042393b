// SPDX-License-Identifier: MIT
// The provenance an envelope keeps must be true of the data it keeps. `@tokhai/prefill`'s `verifyAttestations`
// proves that each locked value is what its source signed, and attestations.ts that every attestation is genuine;
// this module checks what they do not look at, so that a client cannot make a declared value look supplied:
//   - an entry names a field the form prefills from that source (an editable entry for a field no binding fills,
//     or from another source, is invented; locked entries are `verifyAttestations`' `unknown-binding`);
//   - a locked entry records the value the data holds and is never `modified` (a locked value cannot be edited);
//   - an editable entry from a source that signs what it supplies (one with a key in `VerifyOptions.keys`) cites an
//     attestation of that source, as a locked one must; a source without a key (an e-ID userinfo read as plain
//     JSON) cannot prove anything, and its entries are kept as stated, without an `attestation`, unless the server
//     holds that source's claims itself (`VerifyOptions.trustedClaims`, trusted.ts): then no attestation is needed,
//     even from a source with a key, and the entry must record what those claims give through the binding's transform;
//   - an editable entry that cites an attestation records what that attestation's claim gives through the binding's
//     transform (the value the citizen was offered, whatever they then typed): otherwise the envelope would carry
//     "the e-ID supplied X" with the e-ID's signature next to it, for an X the e-ID never said;
//   - an editable entry whose value differs from what the source supplied says `modified: true`. `<tk-form>`
//     recomputes the mark at submission (`currentProvenance`), so an unmarked change is a changed record. The other
//     way round (marked but equal) understates what was supplied and is let through.
// Only entries for values that are kept are judged: the others are dropped from the envelope anyway (their
// attestations, which the envelope keeps, were verified by attestations.ts).
import type { Attestation, CompiledForm, FieldProvenance, PrefillBinding } from '@tokhai/core';
import { attestedBindingValue } from '@tokhai/prefill';
import type { AttestedBindingValue } from '@tokhai/prefill';
import type { VerifiedAttestations } from './attestations.js';
import { canonicalJson } from './canonical.js';
import { lookup } from './json-pointer.js';
import type { ProblemKey } from './reasons.js';
import type { TrustedEvidence } from './trusted.js';

/** Which refusal a problem belongs to: `locked-value-changed`, `attestation-invalid` or `provenance-mismatch`. */
export type ProvenanceProblemKind = 'locked' | 'attestation' | 'provenance';

/** One located provenance problem: a pointer into the data, the message key, and what was found. */
export interface ProvenanceProblem {
  pointer: string;
  kind: ProvenanceProblemKind;
  key: ProblemKey;
  params: { source: string; detail: string; reason?: string; attestation?: number; expected?: unknown; actual?: unknown };
}

/** What the checks know besides the entry: the form, and the attestations as verified by attestations.ts. */
export interface ProvenanceEvidence {
  form: CompiledForm;
  attestations: readonly Attestation[];
  verified: VerifiedAttestations;
  /** True for a source that must sign what it supplies: one with a verification key, unless the server trusts it. */
  signs: (source: string) => boolean;
  /** The claims the server holds itself, by source (`VerifyOptions.trustedClaims`). */
  trusted: TrustedEvidence;
}

/** Compares as JSON values; `null` and absent both mean "no value". */
export function sameJsonValue(a: unknown, b: unknown): boolean {
  const none = (v: unknown) => v === undefined || v === null;
  if (none(a) || none(b)) return none(a) && none(b);
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}

/** One kept entry under judgement. */
interface Entry {
  pointer: string;
  p: FieldProvenance;
  /** The kept value at `pointer`. */
  value: unknown;
}

type Check = (entry: Entry, evidence: ProvenanceEvidence) => ProvenanceProblem | undefined;

const bindingsAt = (form: CompiledForm, pointer: string) => (form.definition.prefill ?? []).filter((b) => b.target === pointer);

/** The editable bindings that may have supplied an editable entry (the form's, for that field, from that source). */
const editableBindings = (form: CompiledForm, pointer: string, source: string): PrefillBinding[] =>
  bindingsAt(form, pointer).filter((b) => b.source === source && b.mode !== 'locked');

/**
 * Why the cited attestation does not give the entry's value (the first binding's outcome), or `undefined` when a
 * binding's transform of the attested claim is that value.
 */
function notAttested(entry: Entry, index: number, evidence: ProvenanceEvidence): AttestedBindingValue | undefined {
  const payload = evidence.verified.payloads[index];
  const outcomes = editableBindings(evidence.form, entry.pointer, entry.p.source).map((b) =>
    attestedBindingValue(evidence.form, b, payload, evidence.verified.context),
  );
  // No editable binding: the earlier checks (unknown-binding here, mode-mismatch in locked.ts) have refused it.
  if (outcomes.length === 0 || outcomes.some((o) => o.ok && sameJsonValue(o.value, entry.p.value))) return undefined;
  return outcomes[0];
}

/** The checks of one kept entry, in order; the first problem is reported. */
const CHECKS: readonly Check[] = [
  ({ pointer, p }, { form }) => {
    if (p.mode !== 'editable') return undefined;
    // A locked binding with an editable entry is verifyAttestations' `mode-mismatch`; not reported twice.
    if (bindingsAt(form, pointer).some((b) => b.source === p.source)) return undefined;
    return {
      pointer,
      kind: 'provenance',
      key: 'provenance.unknown-binding',
      params: { source: p.source, detail: `the form does not prefill ${pointer} from ${p.source}` },
    };
  },
  ({ pointer, p }) =>
    p.mode === 'locked' && p.modified === true
      ? { pointer, kind: 'locked', key: 'locked.changed', params: { source: p.source, detail: 'a locked value is marked modified' } }
      : undefined,
  ({ pointer, p, value }) =>
    p.mode === 'locked' && !sameJsonValue(p.value, value)
      ? {
          pointer,
          kind: 'locked',
          key: 'locked.changed',
          params: { source: p.source, detail: 'the provenance records another value than the data holds', expected: value, actual: p.value },
        }
      : undefined,
  // As for a locked value: a source that signs must have signed this one (prefill cites the attestation covering it).
  ({ pointer, p }, { signs }) =>
    p.mode === 'editable' && p.attestation === undefined && signs(p.source)
      ? {
          pointer,
          kind: 'attestation',
          key: 'attestation.missing-attestation',
          params: { source: p.source, reason: 'missing-attestation', detail: `${p.source} signs what it supplies, but no attestation covers ${pointer}` },
        }
      : undefined,
  ({ pointer, p }, { attestations }) => {
    if (p.mode !== 'editable' || p.attestation === undefined) return undefined;
    const from = attestations[p.attestation].source;
    if (from === p.source) return undefined;
    return {
      pointer,
      kind: 'attestation',
      key: 'attestation.wrong-issuer',
      params: { source: p.source, reason: 'wrong-issuer', attestation: p.attestation, detail: `attestation ${p.attestation} is from ${from}, not ${p.source}` },
    };
  },
  (entry, evidence) => {
    const { pointer, p } = entry;
    if (p.mode !== 'editable' || p.attestation === undefined) return undefined;
    const outcome = notAttested(entry, p.attestation, evidence);
    if (!outcome) return undefined;
    const base = { source: p.source, attestation: p.attestation, actual: p.value };
    const params = outcome.ok
      ? { ...base, reason: 'value-mismatch', expected: outcome.value, detail: `the entry records another value than attestation ${p.attestation} gives` }
      : { ...base, reason: outcome.reason, detail: outcome.message };
    return { pointer, kind: 'provenance', key: 'provenance.value-not-attested', params };
  },
  // A source the server holds claims for: the entry records what the binding gives from them (what was offered).
  ({ pointer, p }, { form, trusted }) => {
    if (p.mode !== 'editable' || !trusted.has(p.source)) return undefined;
    const outcomes = editableBindings(form, pointer, p.source).map((b) => trusted.valueOf(b));
    if (outcomes.length === 0 || outcomes.some((o) => o.ok && sameJsonValue(o.value, p.value))) return undefined;
    const first = outcomes[0];
    return {
      pointer,
      kind: 'provenance',
      key: 'provenance.trusted-value-mismatch',
      params: {
        source: p.source,
        reason: 'trusted-value-mismatch',
        actual: p.value,
        detail: first.ok ? `the entry records another value than the server's ${p.source} claims give` : first.message,
      },
    };
  },
  ({ pointer, p, value }) =>
    p.mode === 'editable' && p.modified !== true && !sameJsonValue(p.value, value)
      ? {
          pointer,
          kind: 'provenance',
          key: 'provenance.not-marked-modified',
          params: { source: p.source, detail: 'the value differs from the supplied one but is not marked modified', expected: p.value, actual: value },
        }
      : undefined,
];

/** Checks every provenance entry whose value `data` keeps. Returns the problems (empty when all hold). */
export function checkProvenance(provenance: Record<string, FieldProvenance>, data: unknown, evidence: ProvenanceEvidence): ProvenanceProblem[] {
  const problems: ProvenanceProblem[] = [];
  for (const [pointer, p] of Object.entries(provenance)) {
    const kept = lookup(data, pointer);
    if (!kept.found) continue;
    for (const check of CHECKS) {
      const found = check({ pointer, p, value: kept.value }, evidence);
      if (found) {
        problems.push(found);
        break;
      }
    }
  }
  return problems;
}
