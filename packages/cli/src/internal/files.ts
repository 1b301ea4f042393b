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
        // Hidden folders (`.git`, editor caches, `tokhai build`'s staging folder) hold no catalog sources.
        if (!SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(path);
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
    else throw Object.assign(new Error(`${p}: not a *.form.json or *.bundle.json file (give a definition, a bundle or a folder)`), { code: 'USAGE' });
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

/** What a file-system error code means to the person who typed the path. */
const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied (check the read permission of the file and of its folders)',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder, where a file is expected',
  ELOOP: 'too many symbolic links',
};

/** A Node file-system error in words, without the path (the caller prints it): `permission denied (…) (EACCES)`. */
export const describeSystemError = (error: Error & { code?: string }): string =>
  error.code !== undefined && SYSTEM_ERRORS[error.code] ? `${SYSTEM_ERRORS[error.code]} (${error.code})` : error.message;

/** A parsed JSON file, or the problem that stopped it from parsing (with line and column). */
export type JsonFile = { ok: true; value: unknown; text: string } | { ok: false; problem: Problem };

/** Reads and parses a JSON file; never throws for unreadable or malformed files. */
export async function readJsonFile(path: string): Promise<JsonFile> {
  const file = displayPath(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return { ok: false, problem: { file, pointer: '', code: 'read', message: `cannot read the file: ${describeSystemError(e as Error)}`, severity: 'error' } };
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

/** `(line 3, column 14)` of a UTF-16 offset in `text`, both counted from 1. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `(line ${line}, column ${column})`;
}

/**
 * Why `text` is not JSON, on one line, always with the line and column. V8 gives a position for some errors
 * ("… in JSON at position N") but not for others (`Unexpected token 'x', "…snippet…" is not valid JSON`, whose
 * snippet may span lines, and "Unexpected end of JSON input"): then the position comes from `jsonErrorOffset`.
 */
function describeJsonError(error: Error, text: string): string {
  if (text.trim() === '') return 'the file is empty; a JSON value is expected (a form definition is an object: { "id": …, "version": …, "schema": … })';
  if (text.startsWith('\uFEFF')) return 'the file starts with a byte order mark (BOM) (line 1, column 1); save it as UTF-8 without BOM';
  const position = /in JSON at position (\d+)/.exec(error.message);
  const offset = position ? Number(position[1]) : jsonErrorOffset(text);
  const reason = error.message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, .*is not valid JSON$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'unexpected end of the file (an unclosed string, object or array?)');
  return `${reason} ${lineAndColumn(text, offset)}${hint(text, offset)}`;
}

/** Advice for the mistakes hand-edited JSON makes most: a trailing comma, a single-quoted or unquoted name. */
function hint(text: string, offset: number): string {
  const at = text[offset];
  const previous = text.slice(0, offset).trimEnd().at(-1);
  if ((at === '}' || at === ']') && previous === ',') return '; remove the comma before it (JSON allows no trailing comma)';
  if (at === "'") return '; JSON strings and names take double quotes';
  if (at !== undefined && /[A-Za-z_$]/.test(at) && (previous === '{' || previous === ',')) return '; put the member name in double quotes';
  return '';
}

/**
 * The offset at which `text` stops being JSON (RFC 8259): the first character no JSON text could continue with, or
 * `text.length` when the text ends too early. Only called once `JSON.parse` has failed.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new JsonSyntaxAt(i);
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const expect = (c: string) => (text[i] === c ? i++ : fail());
  const string = () => {
    expect('"');
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      i++;
      if (c === '"') return;
      if (c === '\\') {
        if (text[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++) if (/[0-9a-fA-F]/.test(text[i] ?? '')) i++; else fail();
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i])) i++;
        else fail();
      }
    }
  };
  const sequence = (close: string, item: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === ',') {
        i++;
        ws();
      } else return void expect(close);
    }
  };
  const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const value = (): void => {
    ws();
    if (text[i] === '{') {
      return sequence('}', () => {
        string();
        ws();
        expect(':');
        value();
      });
    }
    if (text[i] === '[') return sequence(']', value);
    if (text[i] === '"') return string();
    LITERAL.lastIndex = i;
    const m = LITERAL.exec(text);
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return text.length;
  } catch (e) {
    if (e instanceof JsonSyntaxAt) return e.offset;
    return text.length; // nesting too deep for the stack: no better place to point at
  }
}

/** Thrown inside `jsonErrorOffset` to unwind to the offset where the text stops being JSON. */
class JsonSyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`not JSON at ${offset}`);
  }
}
