// SPDX-License-Identifier: MIT
import type { RawError } from '../models/engine.js';
import { anyStartsWith } from '../util/sorted-strings.js';

/**
 * Reduces an error list to what a person should read: a failed `anyOf`/`oneOf` stands for the failures inside its
 * branches, and an `if` is represented by the failures of its `then`/`else`.
 *
 * Near-linear in the number of errors (each schema path is read a bounded number of times, plus a sort): a
 * submission is untrusted, and an array of 100,000 items that each fail a `oneOf` yields as many group errors
 * as errors inside them, so comparing every error with every group (as this did) took minutes of a server's CPU
 * for one 512 KiB body. An error is inside a group when the group's path followed by `/` starts its own path, so
 * the group paths are looked up at each `/` of the error's path; an `if` is represented when some other error's
 * path starts with the `if`'s parent path, found by binary search among the sorted paths.
 */
export const collapseErrors = <E extends RawError>(errors: readonly E[]): E[] => {
  const paths = errors.map((e) => e.schemaPath);
  const groups = new Set<string>();
  const others: string[] = [];
  errors.forEach((e, i) => {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') groups.add(paths[i]);
    if (e.keyword !== 'if') others.push(paths[i]);
  });
  others.sort();
  return errors.filter((e, i) => {
    const path = paths[i];
    if (e.keyword === 'if') return !anyStartsWith(others, path.replace(/\/if$/, '/'));
    if (groups.size === 0) return true;
    for (let at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) if (groups.has(path.slice(0, at))) return false;
    return true;
  });
};

