// SPDX-License-Identifier: MIT
/** Finding and reading catalog files. Everything the CLI reads goes through here, so errors name the file. */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { Problem } from './problem.js';

/** Folders never searched for definitions: build output and dependencies. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git']);

/** A file name ending in `.form.json`. */
export const isFormFile = (path: string): boolean => path.endsWith('.form.json');
/** A file name ending in `.bundle.json`. */
export const isBundleFile = (path: string): boolean => path.endsWith('.bundle.json');

/** Every file under `dir` (recursively, sorted, skipping build output) whose name passes `accept`. */
export async function findFiles(dir: string, accept: (path: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) await walk(path);
      } else if (accept(path)) found.push(path);
    }
  };
  await walk(dir);
  return found;
}

/** Expands command-line arguments (folders or files) into the form and bundle files they name. */
export async function collectCatalogFiles(paths: readonly string[]): Promise<{ forms: string[]; bundles: string[] }> {
  const forms = new Set<string>();
  const bundles = new Set<string>();
  for (const p of paths) {
    const s = await stat(p);
    if (s.isDirectory()) {
      for (const f of await findFiles(p, (f) => isFormFile(f) || isBundleFile(f))) (isFormFile(f) ? forms : bundles).add(f);
    } else if (isFormFile(p)) forms.add(p);
    else if (isBundleFile(p)) bundles.add(p);
    else throw new Error(`${p}: not a *.form.json or *.bundle.json file`);
  }
  return { forms: [...forms].sort(), bundles: [...bundles].sort() };
}

/** The path as printed: relative to the working directory, with forward slashes. */
export const displayPath = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
};

/** The form id a file name implies: `vn.moj.birth-registration.form.json` → `vn.moj.birth-registration`. */
export const idFromFileName = (path: string): string => basename(path).replace(/\.(form|bundle)\.json$/, '');

/** A parsed JSON file, or the problem that stopped it from parsing (with line and column). */
export type JsonFile = { ok: true; value: unknown; text: string } | { ok: false; problem: Problem };

/** Reads and parses a JSON file; never throws for unreadable or malformed files. */
export async function readJsonFile(path: string): Promise<JsonFile> {
  const file = displayPath(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return { ok: false, problem: { file, pointer: '', code: 'read', message: (e as Error).message, severity: 'error' } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch (e) {
    return {
      ok: false,
      problem: { file, pointer: '', code: 'json', message: `invalid JSON: ${describeJsonError(e as Error, text)}`, severity: 'error' },
    };
  }
}

/** Adds line and column to V8's "at position N" JSON errors. */
function describeJsonError(error: Error, text: string): string {
  const m = /position (\d+)/.exec(error.message);
  if (!m) return error.message;
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${error.message.replace(/ in JSON at position \d+.*$/s, '')} (line ${line}, column ${column})`;
}
