// SPDX-License-Identifier: MIT
/**
 * `multipleOf` with exact decimal arithmetic, the same algorithm @cfworker/json-schema uses (MIT, cfworker/cfworker:
 * packages/json-schema/src/validate.ts). ajv's default uses floating point (0.3 is not a multiple of 0.1 there, and
 * every number ≥ 1e21 fails), so the ajv engine is given this function instead: every engine then agrees.
 */

/** Splits a finite number into an integer coefficient and a power of ten: 0.25 → [25n, -2]. */
const decimal = (value: number): [bigint, number] => {
  const [coefficient = '0', exponent = '0'] = Math.abs(value).toString().split('e');
  const point = coefficient.indexOf('.');
  const fraction = point === -1 ? 0 : coefficient.length - point - 1;
  return [BigInt(coefficient.replace('.', '')), Number(exponent) - fraction];
};

/** True when `value` is an exact multiple of `divisor` (> 0). Non-finite values are never multiples. */
export const isMultipleOf = (value: number, divisor: number): boolean => {
  if (!Number.isFinite(value) || !Number.isFinite(divisor) || divisor <= 0) return false;
  const [vc, ve] = decimal(value);
  const [dc, de] = decimal(divisor);
  const diff = ve - de;
  return diff >= 0 ? (vc * 10n ** BigInt(diff)) % dc === 0n : vc % (dc * 10n ** BigInt(-diff)) === 0n;
};
