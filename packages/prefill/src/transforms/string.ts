// SPDX-License-Identifier: MIT
/** The identity transform for text: any scalar as an NFC string. */
import type { TransformFunction } from '../types.js';
import { describe, ok, wrongType } from './result.js';

/** `string`: strings NFC-normalized and trimmed; numbers and booleans written out; objects refused. */
export const toStringValue: TransformFunction = (value) => {
  if (typeof value === 'string') return ok(value.normalize('NFC').trim());
  if (typeof value === 'number' && Number.isFinite(value)) return ok(String(value));
  if (typeof value === 'boolean') return ok(String(value));
  return wrongType(`expected text, got ${describe(value)}`);
};
