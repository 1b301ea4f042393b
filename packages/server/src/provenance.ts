// SPDX-License-Identifier: MIT
// The provenance an envelope keeps must be true of the data it keeps. `@tokhai/prefill`'s `verifyAttestations`
// proves that each locked value is what its source signed; this module checks what it does not look at, so that a
// client cannot make a declared value look supplied:
//   - an entry names a field the form prefills from that source (an editable entry for a field no binding fills,
//     or from another source, is invented; locked entries are `verifyAttestations`' `unknown-binding`);
//   - a locked entry records the value the data holds and is never `modified` (a locked value cannot be edited);
//   - an editable entry whose value differs from what the source supplied says `modified: true`. `<tk-form>`
//     recomputes the mark at submission (`currentProvenance`), so an unmarked change is a changed record. The other
//     way round (marked but equal) understates what was supplied and is let through.
// Only entries for values that are kept are judged: the others are dropped from the envelope anyway.
import type { CompiledForm, FieldProvenance } from '@tokhai/core';
import { canonicalJson } from './canonical.js';
import { lookup } from './json-pointer.js';
import type { ProblemKey } from './reasons.js';

/** One located provenance problem: a pointer into the data, the message key, and what was found. */
export interface ProvenanceProblem {
  pointer: string;
  /** True for a locked entry (reported as `locked-value-changed`), false for an editable one. */
  locked: boolean;
  key: ProblemKey;
  params: { source: string; detail: string; expected?: unknown; actual?: unknown };
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

type Check = (pointer: string, p: FieldProvenance, value: unknown, form: CompiledForm) => ProvenanceProblem | undefined;

const bindingsAt = (form: CompiledForm, pointer: string) => (form.definition.prefill ?? []).filter((b) => b.target === pointer);

/** The checks of one kept entry, in order; the first problem is reported. */
const CHECKS: readonly Check[] = [
  (pointer, p, _value, form) => {
    if (p.mode !== 'editable') return undefined;
    const bindings = bindingsAt(form, pointer);
    // A locked binding with an editable entry is verifyAttestations' `mode-mismatch`; not reported twice.
    if (bindings.some((b) => b.source === p.source)) return undefined;
    return {
      pointer,
      locked: false,
      key: 'provenance.unknown-binding',
      params: { source: p.source, detail: `the form does not prefill ${pointer} from ${p.source}` },
    };
  },
  (pointer, p) =>
    p.mode === 'locked' && p.modified === true
      ? { pointer, locked: true, key: 'locked.changed', params: { source: p.source, detail: 'a locked value is marked modified' } }
      : undefined,
  (pointer, p, value) =>
    p.mode === 'locked' && !sameJsonValue(p.value, value)
      ? {
          pointer,
          locked: true,
          key: 'locked.changed',
          params: { source: p.source, detail: 'the provenance records another value than the data holds', expected: value, actual: p.value },
        }
      : undefined,
  (pointer, p, value) =>
    p.mode === 'editable' && p.modified !== true && !sameJsonValue(p.value, value)
      ? {
          pointer,
          locked: false,
          key: 'provenance.not-marked-modified',
          params: { source: p.source, detail: 'the value differs from the supplied one but is not marked modified', expected: p.value, actual: value },
        }
      : undefined,
];

/** Checks every provenance entry whose value `data` keeps. Returns the problems (empty when all hold). */
export function checkProvenance(form: CompiledForm, provenance: Record<string, FieldProvenance>, data: unknown): ProvenanceProblem[] {
  const problems: ProvenanceProblem[] = [];
  for (const [pointer, p] of Object.entries(provenance)) {
    const kept = lookup(data, pointer);
    if (!kept.found) continue;
    for (const check of CHECKS) {
      const found = check(pointer, p, kept.value, form);
      if (found) {
        problems.push(found);
        break;
      }
    }
  }
  return problems;
}
