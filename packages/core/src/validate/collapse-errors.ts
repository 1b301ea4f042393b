// SPDX-License-Identifier: MIT
import type { RawError } from '../models/engine.js';

/**
 * Reduces an error list to what a person should read: a failed `anyOf`/`oneOf` stands for the failures inside its
 * branches, and an `if` is represented by the failures of its `then`/`else`.
 */
export const collapseErrors = <E extends RawError>(errors: readonly E[]): E[] => {
  const groups = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  return errors.filter((e) => {
    if (e.keyword === 'if') return !errors.some((x) => x !== e && x.schemaPath.startsWith(e.schemaPath.replace(/\/if$/, '/')) && x.keyword !== 'if');
    return !groups.some((g) => g !== e && e.schemaPath.startsWith(g.schemaPath + '/'));
  });
};
