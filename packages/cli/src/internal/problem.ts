// SPDX-License-Identifier: MIT
/** Problems are data: every command reports them the same way, and bin.ts only prints them. */

/** How bad a problem is. Errors fail the command; warnings are printed and counted. */
export type Severity = 'error' | 'warning';

/** One thing wrong with a file, located by a JSON Pointer into that file. */
export interface Problem {
  /** The file, relative to the working directory when possible. */
  file: string;
  /** JSON Pointer into the file's JSON (`''` is the whole file). */
  pointer: string;
  /**
   * What kind of problem: `json`, `definition`, `pattern`, `fixture`, `engine-disagreement`, `bundle`, `types`, or
   * core's definition problem codes (`meta-schema`, `scope`, …); for warnings about texts, `text-not-nfc`,
   * `vi-text-without-diacritics`, `text-looks-like-key`; for authoring slips, `unknown-source`, `unknown-claim`,
   * `unknown-widget-option`, `i18n-unknown-enum-value`, `control-without-label`; …
   */
  code: string;
  message: string;
  severity: Severity;
}

/** `file#/json/pointer  message`, the format every command prints (editors and CI annotators can parse it). */
export const formatProblem = (p: Problem): string =>
  `${p.file}#${p.pointer}  ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}${p.code ? ` [${p.code}]` : ''}`;

/** Sorts problems by file, then pointer, so output is stable from run to run. */
export const sortProblems = (problems: Problem[]): Problem[] =>
  problems.sort((a, b) => cmp(a.file, b.file) || cmp(a.pointer, b.pointer) || cmp(a.message, b.message));

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
