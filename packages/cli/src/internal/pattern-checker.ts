// SPDX-License-Identifier: MIT
/**
 * The CLI's strict check of every `pattern` in a definition: recheck (automata theory plus fuzzing) proves a
 * regular expression free of catastrophic backtracking, where the browser-side check (safe-regex2) only applies
 * a star-height heuristic. A pattern that runs in every citizen's browser and on the server must be proven
 * linear before it is published.
 */
import { checkSync, type Diagnostics } from 'recheck';

/** The verdict on one pattern. */
export type PatternVerdict =
  | { status: 'safe' }
  /** Super-linear backtracking: `complexity` is `exponential` or `polynomial`; `attack` is an input that shows it. */
  | { status: 'vulnerable'; complexity: string; attack: string; message: string }
  /** recheck could not decide (timeout, unsupported syntax). Reported as a warning. */
  | { status: 'unknown'; message: string };

const cache = new Map<string, PatternVerdict>();

/** Checks a JSON Schema `pattern` (ECMA-262 with the `u` flag, as ajv and the interpreter compile it). */
export function checkPattern(pattern: string): PatternVerdict {
  let verdict = cache.get(pattern);
  if (!verdict) {
    verdict = toVerdict(checkSync(pattern, 'u', { timeout: 10_000 }));
    cache.set(pattern, verdict);
  }
  return verdict;
}

function toVerdict(d: Diagnostics): PatternVerdict {
  switch (d.status) {
    case 'safe':
      return { status: 'safe' };
    case 'vulnerable': {
      const attack = d.attack.string.length > 40 ? `${d.attack.string.slice(0, 40)}…` : d.attack.string;
      return {
        status: 'vulnerable',
        complexity: d.complexity.type,
        attack,
        // compileForm prints the pattern and the advice around this reason: it says only what recheck found.
        message: `recheck proves it can backtrack catastrophically (${d.complexity.summary}), e.g. on ${JSON.stringify(attack)}`,
      };
    }
    case 'unknown':
      return { status: 'unknown', message: `pattern ${JSON.stringify(d.source)} could not be proven safe (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})` };
  }
}

/**
 * The same check as `compileForm`'s `patternChecker` option: unsafe with recheck's explanation when the pattern
 * is vulnerable. An undecided pattern passes here; `validateCatalog` reports it as a warning.
 */
export function patternChecker(pattern: string): { safe: boolean; reason?: string } {
  const v = checkPattern(pattern);
  return v.status === 'vulnerable' ? { safe: false, reason: v.message } : { safe: true };
}
