// SPDX-License-Identifier: MIT
// The shape of a `Submission` (core's models/submission.ts) as a table of small checkers, so that everything the
// rest of the pipeline reads is known to exist and have its type. Unknown members are refused, not ignored: a
// submission is a record the server keeps, and the client has no business adding to it.
import { isJsonObject, parsePointer, toPointer } from './json-pointer.js';
import type { ProblemKey } from './reasons.js';

/** One shape problem, located by a JSON Pointer into the submission. */
export interface ShapeProblem {
  pointer: string;
  key: ProblemKey;
  /** What was expected. */
  expected: string;
}

type Path = readonly (string | number)[];
/** A checker appends the problems of `value` at `path`. */
type Check = (value: unknown, path: Path, out: ShapeProblem[]) => void;

const fail = (out: ShapeProblem[], path: Path, key: ProblemKey, expected: string) => out.push({ pointer: toPointer(path), key, expected });

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const FORM_ID = /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/;

const string = (test?: (s: string) => boolean, expected = 'a string'): Check => (v, path, out) => {
  if (typeof v !== 'string') fail(out, path, 'submission.type', expected);
  else if (test && !test(v)) fail(out, path, 'submission.format', expected);
};
const nonEmpty = string((s) => s.trim().length > 0 && s.length <= 1000, 'a non-empty string');
const dateTime = string((s) => RFC3339.test(s) && !Number.isNaN(Date.parse(s)), 'an RFC 3339 date-time');
const boolean: Check = (v, path, out) => {
  if (typeof v !== 'boolean') fail(out, path, 'submission.type', 'true or false');
};
const anyJson: Check = () => {};
const oneOf = (...values: string[]): Check => (v, path, out) => {
  if (!values.includes(v as string)) fail(out, path, 'submission.format', values.join(' | '));
};
const integerAtLeast0: Check = (v, path, out) => {
  if (!Number.isInteger(v) || (v as number) < 0) fail(out, path, 'submission.type', 'a non-negative integer');
};
const arrayOf = (item: Check, max = Infinity): Check => (v, path, out) => {
  if (!Array.isArray(v)) return fail(out, path, 'submission.type', 'an array');
  if (v.length > max) return fail(out, path, 'submission.format', `at most ${max} items`);
  v.forEach((x, i) => item(x, [...path, i], out));
};

/**
 * The most attestations one submission may carry. Prefill adds one per source that signs (a form has a handful of
 * sources), and verifying each costs a signature check: without a bound, a 512 KiB body of a thousand copies of
 * one genuine attestation cost a quarter of a second of the server's CPU.
 */
export const MAX_ATTESTATIONS = 32;

/** Members of an object: `[checker, required]`. Members not listed are refused. */
const object = (members: Record<string, [Check, boolean]>): Check => (v, path, out) => {
  if (!isJsonObject(v)) return fail(out, path, 'submission.type', 'an object');
  for (const [name, [check, required]] of Object.entries(members)) {
    if (Object.prototype.hasOwnProperty.call(v, name)) check(v[name], [...path, name], out);
    else if (required) fail(out, [...path, name], 'submission.required', 'present');
  }
  for (const name of Object.keys(v)) {
    if (!Object.prototype.hasOwnProperty.call(members, name)) fail(out, [...path, name], 'submission.unknown', 'absent');
  }
};
const recordOf = (value: Check): Check => (v, path, out) => {
  if (!isJsonObject(v)) return fail(out, path, 'submission.type', 'an object');
  for (const [k, x] of Object.entries(v)) {
    const tokens = parsePointer(k);
    if (!tokens || tokens.length === 0) fail(out, [...path, k], 'submission.format', 'a JSON Pointer into the data');
    else value(x, [...path, k], out);
  }
};

const provenance = object({
  source: [nonEmpty, true],
  fetchedAt: [dateTime, true],
  mode: [oneOf('locked', 'editable'), true],
  value: [anyJson, true],
  modified: [boolean, false],
  attestation: [integerAtLeast0, false],
});
const consent = object({
  source: [nonEmpty, true],
  purpose: [string(), true],
  claims: [arrayOf(string()), true],
  decision: [oneOf('granted', 'declined'), true],
  decidedAt: [dateTime, true],
});
const attestation = object({ source: [nonEmpty, true], jws: [string((s) => COMPACT_JWS.test(s), 'a compact JWS'), true] });
const correction = object({
  pointer: [string((s) => parsePointer(s) !== undefined, 'a JSON Pointer'), true],
  source: [nonEmpty, true],
  currentValue: [anyJson, false],
  claimedValue: [anyJson, false],
  reason: [string(), true],
});
const assisted = object({ officerId: [nonEmpty, true], citizenConfirmed: [boolean, true], confirmedAt: [dateTime, false] });
const data: Check = (v, path, out) => {
  if (!isJsonObject(v)) fail(out, path, 'submission.type', 'an object');
};

const submission = object({
  formId: [string((s) => s.length <= 200 && FORM_ID.test(s), 'a reverse-DNS form id'), true],
  formVersion: [string((s) => s.length <= 100 && SEMVER.test(s), 'a semantic version'), true],
  submissionId: [string((s) => UUID.test(s), 'a UUID'), true],
  submittedAt: [dateTime, true],
  locale: [oneOf('vi', 'en'), true],
  data: [data, true],
  provenance: [recordOf(provenance), true],
  consent: [arrayOf(consent), true],
  attestations: [arrayOf(attestation, MAX_ATTESTATIONS), false],
  corrections: [arrayOf(correction), false],
  assisted: [assisted, false],
  kiosk: [boolean, false],
});

/**
 * Cross-member references, both ways: each provenance `attestation` index points into `attestations`, and each
 * attestation is cited by some provenance entry. The list is defined as what the provenance indexes into (prefill
 * adds an attestation only when a value it covers is placed); one that nothing cites vouches for no value, yet the
 * envelope would store it, a signed statement about the citizen that no check of a value ever looked at.
 */
function checkReferences(value: Record<string, unknown>, out: ShapeProblem[]): void {
  const count = Array.isArray(value.attestations) ? value.attestations.length : 0;
  const cited = new Set<number>();
  for (const [p, entry] of Object.entries(value.provenance as Record<string, { attestation?: number }>)) {
    if (entry.attestation === undefined) continue;
    if (entry.attestation >= count) fail(out, ['provenance', p, 'attestation'], 'submission.reference', `an index below ${count}`);
    else cited.add(entry.attestation);
  }
  for (let i = 0; i < count; i++) {
    if (!cited.has(i)) fail(out, ['attestations', i], 'submission.unreferenced', 'cited by a provenance entry');
  }
}

/** Checks that `value` has the shape of a `Submission`. Returns every problem found (empty when well-formed). */
export function checkSubmissionShape(value: unknown): ShapeProblem[] {
  const out: ShapeProblem[] = [];
  submission(value, [], out);
  if (out.length === 0) checkReferences(value as Record<string, unknown>, out);
  return out;
}
