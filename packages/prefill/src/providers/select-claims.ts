// SPDX-License-Identifier: MIT
/** Data minimisation at the adapter: whatever a source sends, only the requested claims go further. */
import { getPointer, setPointer } from '../pointer.js';

/**
 * Copies the requested claims out of `source` (a claims object); claims absent there stay absent. `read` maps a
 * claim pointer to where it lives in `source` (identity by default, or an adapter's mapping).
 */
export function selectClaims(
  source: unknown,
  claims: readonly string[],
  read: (claim: string) => string = (claim) => claim,
): Record<string, unknown> {
  let out: Record<string, unknown> = {};
  for (const claim of claims) {
    const value = getPointer(source, read(claim));
    if (value !== undefined) out = setPointer(out, claim, value);
  }
  return out;
}
