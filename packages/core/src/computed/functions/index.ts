// SPDX-License-Identifier: MIT
/**
 * The built-in function registry: the operators tokhai adds to JSON Logic. One table, read by the engine (to run
 * them) and by `checkLogic` (to know their names and how many arguments each takes).
 */
import type { AdminUnitNameLookup, LogicFunction } from '../types.js';
import { ageAt } from './age-at.js';
import { concat, join, upperVi } from './text.js';
import { vnDateInWords } from './vn-date-in-words.js';
import { vnNumberInWords } from './vn-number-in-words.js';

/** A built-in function and the argument counts it accepts. */
export interface BuiltinFunction {
  /** Fewest arguments. */
  minArgs: number;
  /** Most arguments (`Infinity` for variadic). */
  maxArgs: number;
  /** Makes the callable, given the evaluator's environment (only `adminUnitName` needs it). */
  make(env: FunctionEnvironment): LogicFunction;
  /** One line for docs and error messages. */
  summary: string;
}

/** What a built-in may read besides its arguments: only injected, deterministic lookups. */
export interface FunctionEnvironment {
  adminUnits?: AdminUnitNameLookup;
}

/** `adminUnitName(code)` bound to a lookup: `null` without a lookup, for non-strings and for unknown codes. */
function adminUnitName(env: FunctionEnvironment): LogicFunction {
  return (code) => {
    if (typeof code !== 'string' || env.adminUnits === undefined) return null;
    return env.adminUnits.name(code) ?? null;
  };
}

/** Every built-in, by operator name. */
export const BUILTIN_FUNCTIONS: Readonly<Record<string, BuiltinFunction>> = {
  ageAt: {
    minArgs: 2,
    maxArgs: 2,
    make: () => ageAt,
    summary: 'ageAt(dateOfBirth, atDate): age in completed years, or null',
  },
  vnDateInWords: {
    minArgs: 1,
    maxArgs: 1,
    make: () => vnDateInWords,
    summary: 'vnDateInWords(isoDate): the date in Vietnamese words, or null',
  },
  vnNumberInWords: {
    minArgs: 1,
    maxArgs: 1,
    make: () => vnNumberInWords,
    summary: 'vnNumberInWords(n): a whole number 0–9999 in Vietnamese words, or null',
  },
  upperVi: {
    minArgs: 1,
    maxArgs: 1,
    make: () => upperVi,
    summary: 'upperVi(text): NFC upper case with diacritics kept, or null',
  },
  concat: {
    minArgs: 0,
    maxArgs: Infinity,
    make: () => concat,
    summary: 'concat(...parts): the non-empty parts joined with a space, or null',
  },
  join: {
    minArgs: 1,
    maxArgs: Infinity,
    make: () => join,
    summary: 'join(separator, ...parts): the non-empty parts joined with separator, or null',
  },
  adminUnitName: {
    minArgs: 1,
    maxArgs: 1,
    make: adminUnitName,
    summary: 'adminUnitName(code): the name of a 2025 province or commune, or null',
  },
};

export { ageAt, concat, join, upperVi, vnDateInWords, vnNumberInWords };
