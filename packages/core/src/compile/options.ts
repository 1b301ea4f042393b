// SPDX-License-Identifier: MIT
/** Options of `compileForm`. */
import type { SchemaEngine } from '../models/engine.js';
import type { AdminUnitNameLookup, FunctionRegistry, LogicKit } from '../computed/types.js';
import type { Locale } from '../models/definition.js';

/**
 * Decides whether a regular expression from a definition is safe to run on citizen input (no catastrophic
 * backtracking). Returns `true` when safe, `false` (or a reason) when not. The default (`defaultPatternChecker`)
 * analyses the pattern's automaton and refuses exponential and polynomial backtracking, erring on the side of
 * "unsafe"; the CLI passes the exact, heavier `recheck`.
 */
export type PatternChecker = (pattern: string) => boolean | { safe: boolean; reason?: string };

/** Options of `compileForm`. */
export interface CompileOptions {
  /** The schema engine. Default: `interpreterEngine()` (eval-free). Node callers pass `ajvEngine()`. */
  engine?: SchemaEngine;
  /** Extra functions for computed expressions, by name (passed to the logic engine). */
  functions?: FunctionRegistry;
  /** Replaces the default ReDoS check of `pattern` and `patternProperties`. */
  patternChecker?: PatternChecker;
  /** The file the definition came from, for error messages. */
  file?: string;
  /**
   * Administrative-unit names by code (`@tokhai/vn-data` provides one): enables the `vn-commune-code` membership
   * check (a 5-digit code is known when it has a name) and `adminUnitName` in computed expressions.
   */
  adminUnits?: AdminUnitNameLookup;
  /**
   * The JSON Logic kit computed values run with (`logicKit` from `@tokhai/core/logic-kit`). `compileForm` uses that
   * one by default. `compileBuiltForm` has no default, so that bundles which render forms without computed values
   * leave json-logic-engine out: pass it for a definition with `computed` (see `needsLogic`).
   */
  logic?: LogicKit;
  /**
   * The language of the definition problems written in both (the explained meta-schema mistakes: a lower-case
   * element type or rule effect, a malformed version). Default `en`, the language of every other problem.
   */
  locale?: Locale;
}
