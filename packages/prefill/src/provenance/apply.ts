// SPDX-License-Identifier: MIT
/**
 * Writing a prefill result into form data, and keeping provenance honest afterwards. The rule is simple and
 * absolute: a value the citizen typed is never overwritten by prefill, and a change to an editable prefilled
 * value is recorded (`modified: true`) so the authority can tell supplied data from declared data.
 */
import type { FieldProvenance } from '@tokhai/core';
import { jsonEqual } from '../equal.js';
import { getPointer, pointerContains, pointersOverlap, relativePointer, setPointer } from '../pointer.js';
import type { PrefillResult } from '../types.js';

/** Options of `applyPrefill`. */
export interface ApplyPrefillOptions {
  /** Pointers the citizen has edited. A value at, above or below one of them is never overwritten. */
  touched?: ReadonlySet<string>;
}

/** What `applyPrefill` did. */
export interface AppliedPrefill {
  /** The new data (the input is not mutated). */
  data: unknown;
  /** Provenance of the values actually written (skipped ones have none: the value is the citizen's). */
  provenance: Record<string, FieldProvenance>;
  /** Pointers written. */
  applied: string[];
  /** Pointers left alone because the citizen had typed there. */
  skipped: string[];
}

/**
 * Writes `result.values` into `data`, except where the citizen already typed (any touched pointer overlapping the
 * target). Returns new data and the provenance of what was written.
 */
export function applyPrefill(data: unknown, result: Pick<PrefillResult, 'values' | 'provenance'>, options: ApplyPrefillOptions = {}): AppliedPrefill {
  const touched = [...(options.touched ?? [])];
  let next = data ?? {};
  const provenance: Record<string, FieldProvenance> = {};
  const applied: string[] = [];
  const skipped: string[] = [];
  for (const [pointer, value] of Object.entries(result.values)) {
    if (touched.some((t) => pointersOverlap(t, pointer))) {
      skipped.push(pointer);
      continue;
    }
    next = setPointer(next, pointer, value);
    const p = result.provenance[pointer];
    if (p) provenance[pointer] = { ...p };
    applied.push(pointer);
  }
  return { data: next, provenance, applied, skipped };
}

/**
 * Records a citizen's edit at `pointer` against the provenance: every editable prefilled value the edit touches
 * is marked `modified: true` when it now differs from what the source supplied, and unmarked when the citizen
 * puts the supplied value back. Edits inside a prefilled object (`/address/street` of a prefilled `/address`) and
 * edits of a whole object holding prefilled parts both count (a part edited back to the supplied value leaves
 * the mark: pass the whole value at the prefilled pointer to recompute it exactly). Locked values are never marked (they cannot be
 * edited; a disagreement is a correction request). Returns a new record; the input is not mutated.
 */
export function trackModification(
  provenance: Record<string, FieldProvenance>,
  pointer: string,
  newValue: unknown,
): Record<string, FieldProvenance> {
  let next = provenance;
  for (const [prefilled, p] of Object.entries(provenance)) {
    if (p.mode !== 'editable' || !pointersOverlap(prefilled, pointer)) continue;
    const modified = isModified(p, prefilled, pointer, newValue);
    if ((p.modified === true) === modified) continue;
    next = next === provenance ? { ...provenance } : next;
    const { modified: _old, ...rest } = p;
    next[prefilled] = modified ? { ...rest, modified: true } : rest;
  }
  return next;
}

function isModified(p: FieldProvenance, prefilled: string, pointer: string, newValue: unknown): boolean {
  // The edit is exactly the prefilled field: it decides the whole value.
  if (prefilled === pointer) return !jsonEqual(p.value, newValue);
  // The edit is inside a prefilled object: a changed part marks it; an unchanged part says nothing about the rest.
  if (pointerContains(prefilled, pointer)) {
    return p.modified === true || !jsonEqual(getPointer(p.value, relativePointer(prefilled, pointer)), newValue);
  }
  // The edit replaces an object that holds the prefilled value.
  return !jsonEqual(getPointer(newValue, relativePointer(pointer, prefilled)), p.value);
}
