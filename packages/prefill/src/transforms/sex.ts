// SPDX-License-Identifier: MIT
/** Sex: tokhai stores `"male" | "female"` (shown as Nam/Nữ). Sources write it in several ways. */
import { matchKey } from '@tokhai/vn-data';
import type { TransformFunction } from '../types.js';
import { describe, ok, wrongType } from './result.js';

/** Spellings (as `matchKey` folds them) → code: OIDC `gender`, Nam/Nữ, one-letter codes, ISO/IEC 5218 (1, 2). */
const SEX_CODES: Readonly<Record<string, 'male' | 'female'>> = {
  male: 'male',
  m: 'male',
  nam: 'male',
  '1': 'male',
  female: 'female',
  f: 'female',
  nu: 'female',
  '2': 'female',
};

/** `sex.code`: "Nam" / "male" / "M" / 1 → "male"; "Nữ" / "female" / "F" / 2 → "female". */
export const sexCode: TransformFunction = (value) => {
  if (typeof value !== 'string' && typeof value !== 'number') return wrongType(`expected a sex, got ${describe(value)}`);
  const key = matchKey(String(value));
  const found = Object.hasOwn(SEX_CODES, key) ? SEX_CODES[key] : undefined;
  return found ? ok(found) : wrongType(`not a sex tokhai records: ${describe(value)}`);
};
