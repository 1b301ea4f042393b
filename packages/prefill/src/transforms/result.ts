// SPDX-License-Identifier: MIT
/** Constructors for transform results: a transform answers with data, never throws. */
import type { TransformResult } from '../types.js';

/** A usable value. */
export const ok = (value: unknown): TransformResult => ({ ok: true, value });

/** The value does not fit (wrong type, unknown code, impossible date). */
export const wrongType = (message: string): TransformResult => ({ ok: false, kind: 'type', message });

/** The value is valid but the citizen must choose (candidates listed). */
export const ambiguous = (message: string, candidates: unknown[]): TransformResult => ({
  ok: false,
  kind: 'ambiguous',
  message,
  candidates,
});

/** A short, safe description of a value for messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  const json = JSON.stringify(value);
  return json.length > 60 ? json.slice(0, 57) + '...' : json;
}
