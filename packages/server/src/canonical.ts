// SPDX-License-Identifier: MIT
// RFC 8785 (JCS) canonical JSON and the SHA-256 digest over it: the bytes every signature and digest is computed on.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { checkJsonValue } from './limits.js';

/** Thrown by `canonicalJson` when a value has no canonical form (not I-JSON: NaN, a lone surrogate, a Date…). */
export class CanonicalizationError extends Error {
  /** JSON Pointer to the offending value. */
  readonly pointer: string;
  constructor(pointer: string, detail: string) {
    super(`Value at "${pointer}" cannot be canonicalized (RFC 8785): ${detail}.`);
    this.name = 'CanonicalizationError';
    this.pointer = pointer;
  }
}

// Canonicalization itself has no size limit: envelopes are trusted by the time they are signed. Only the I-JSON
// rules apply, and the depth bound keeps the recursive serializer off the stack limit.
const I_JSON_ONLY = { maxBytes: Number.MAX_SAFE_INTEGER, maxDepth: 512, maxStringLength: Number.MAX_SAFE_INTEGER, maxValues: Number.MAX_SAFE_INTEGER };

/**
 * The RFC 8785 canonical JSON text of `value`: object members sorted by UTF-16 code units, no whitespace,
 * ECMAScript number and string serialization. Rejects what RFC 8785 rejects (lone surrogates, non-finite
 * numbers) and anything that is not plain JSON, instead of silently changing it. Object members whose value is
 * `undefined` are absent, as in `JSON.stringify`.
 */
export function canonicalJson(value: unknown): string {
  const problem = checkJsonValue(value, I_JSON_ONLY);
  if (problem) throw new CanonicalizationError(problem.pointer, problem.detail);
  // checkJsonValue has proven this is JSON, so canonicalize returns a string.
  return canonicalize(value)!;
}

/** Lowercase hex SHA-256 of the UTF-8 bytes of `canonicalJson(value)`. */
export function digestJson(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
