// SPDX-License-Identifier: MIT
/**
 * Ethnicity: CSDLQG and VNeID return a name ("Kinh", "Khơ-me", "H'Mông"); tokhai stores the 2-digit code of the
 * GSO 1979 list. Matching is `@tokhai/vn-data`'s `findEthnicGroup`: without diacritics, hyphens, apostrophes,
 * spaces or case; the list's names and modern spellings first, local names only when they name one group.
 */
import { ethnicGroup, findEthnicGroup } from '@tokhai/vn-data';
import type { TransformFunction } from '../types.js';
import { describe, ok, wrongType } from './result.js';

/** `ethnicity.code`: a name (or an existing code) → the GSO 1979 code. */
export const ethnicityCode: TransformFunction = (value) => {
  if (typeof value !== 'string') return wrongType(`expected an ethnic-group name, got ${describe(value)}`);
  const text = value.trim();
  if (/^\d{2}$/.test(text)) return ethnicGroup(text) ? ok(text) : wrongType(`unknown ethnic-group code ${text}`);
  const group = findEthnicGroup(text);
  return group ? ok(group.code) : wrongType(`no single ethnic group is called ${describe(value)}`);
};
