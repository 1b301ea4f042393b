// SPDX-License-Identifier: MIT
/**
 * Whether a definition needs the logic kit (kit.ts), decided without it: the one question a page asks before
 * loading the kit, so it stays out of the kit (and out of json-logic-engine's chunk).
 */
import type { LogicKit } from './types.js';

/**
 * True when `definition` has computed values (a non-empty `computed` array): evaluating it runs JSON Logic, so
 * `compileBuiltForm` needs `options.logic`. Rule conditions are JSON Schema or LEAF conditions, never JSON Logic,
 * so rules alone never need the kit. Never throws (anything that is not such a definition is `false`).
 */
export function needsLogic(definition: unknown): boolean {
  if (typeof definition !== 'object' || definition === null) return false;
  const computed = (definition as { computed?: unknown }).computed;
  return Array.isArray(computed) && computed.length > 0;
}

/** True when `value` has the shape of a logic kit (a portal may pass anything as `options.logic`). */
export const isLogicKit = (value: unknown): value is LogicKit =>
  typeof value === 'object' && value !== null && typeof (value as Partial<LogicKit>).prepareComputed === 'function';
