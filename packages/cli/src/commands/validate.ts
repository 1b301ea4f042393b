// SPDX-License-Identifier: MIT
/**
 * `tokhai validate <dir|files…>`: the catalog's CI gate. Every `*.form.json` must compile (with a strict,
 * recheck-based ReDoS check of its patterns), every bundle must name existing members and resolvable shared
 * pointers, and every fixture must behave as it says with BOTH schema engines, which must agree with each other:
 * same verdict, same error pointers (ADR 0002: ajv and the eval-free interpreter are interchangeable).
 */
import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { definitionWarnings, formBundleSchema, textWarnings, type CompiledForm, type DefinitionWarningOptions, type FormBundle, type FormDefinition, type JsonSchema, type Locale, type LocatedError, type RawError, type SchemaValidator } from '@tokhai/core';
import { ajvEngine } from '@tokhai/core/ajv';
import { collectCatalogFiles, displayPath, idFromFileName, readJsonFile } from '../internal/files.js';
import { appendPointer } from '../internal/json-pointer.js';
import { compileWithEngines, DEFAULT_ENGINES, type Engines } from '../internal/core.js';
import { checkPattern } from '../internal/pattern-checker.js';
import type { Problem, Severity } from '../internal/problem.js';
import { sortProblems } from '../internal/problem.js';
import { declaredTypes, isObject, schemasAtDataPointer } from '../internal/schema.js';
import { isValidRange, parseSemVer, satisfies } from '../internal/semver.js';

/** Options of `validateCatalog`. */
export interface ValidateOptions {
  /** Check fixtures (default `true`). */
  fixtures?: boolean;
  /**
   * The schema engines to compile every form with and compare on every fixture, by name. Default: `ajv` and
   * `interpreter`. The first is the reference the others must agree with.
   */
  engines?: Engines;
  /**
   * The language of the definition problems and warnings core words in both Vietnamese and English (explained
   * format mistakes, authoring warnings such as `unknown-source`). Default `en`; other problems are in English.
   */
  locale?: Locale;
  /**
   * What the portal adds to tokhai's own: its citizen data providers' ids and its widgets' `options.format` /
   * `options.mask` values, which the authoring warnings then accept (core's `DefinitionWarningOptions`).
   */
  known?: Pick<DefinitionWarningOptions, 'sources' | 'widgetOptions'>;
}

/** Counts for the summary line. */
export interface ValidateSummary {
  forms: number;
  bundles: number;
  validFixtures: number;
  invalidFixtures: number;
  errors: number;
  warnings: number;
}

/** What `validateCatalog` found. `ok` is false when any problem is an error. */
export interface ValidateReport {
  ok: boolean;
  problems: Problem[];
  summary: ValidateSummary;
  /** The forms that compiled: id → version, for callers that go on to build. */
  forms: Map<string, { file: string; version: string }>;
}

/** One form as the checks see it. */
interface FormEntry {
  file: string;
  definition: FormDefinition;
  compiled?: Record<string, CompiledForm>;
}

/** Validates the catalog in `paths` (folders are searched for `*.form.json` and `*.bundle.json`). */
export async function validateCatalog(paths: readonly string[], options: ValidateOptions = {}): Promise<ValidateReport> {
  const { forms: formFiles, bundles: bundleFiles } = await collectCatalogFiles(paths);
  const problems: Problem[] = [];
  const summary: ValidateSummary = { forms: formFiles.length, bundles: bundleFiles.length, validFixtures: 0, invalidFixtures: 0, errors: 0, warnings: 0 };
  const entries = new Map<string, FormEntry>();
  // Forms that could not be read, by the id their file name implies: a bundle naming one is not told it is missing.
  const unreadable = new Map<string, string>();

  for (const file of formFiles) {
    const entry = await checkForm(file, problems, options.engines ?? DEFAULT_ENGINES, { ...options.known, locale: options.locale ?? 'en' });
    if (!entry) {
      unreadable.set(idFromFileName(file), file);
      continue;
    }
    const other = entries.get(entry.definition.id);
    if (other) {
      problems.push(problem(file, '/id', 'duplicate-id', `form id ${JSON.stringify(entry.definition.id)} is also used by ${displayPath(other.file)}`));
      continue;
    }
    entries.set(entry.definition.id, entry);
    if (entry.compiled && options.fixtures !== false) {
      const counts = await checkFixtures(entry.file, entry.compiled, problems);
      summary.validFixtures += counts.valid;
      summary.invalidFixtures += counts.invalid;
    }
  }
  for (const file of bundleFiles) await checkBundle(file, entries, unreadable, problems);

  sortProblems(problems);
  summary.errors = problems.filter((p) => p.severity === 'error').length;
  summary.warnings = problems.length - summary.errors;
  const forms = new Map([...entries].filter(([, e]) => e.compiled).map(([id, e]) => [id, { file: e.file, version: e.definition.version }]));
  return { ok: summary.errors === 0, problems, summary, forms };
}

/** `3 forms, 1 bundle, 12 valid + 20 invalid fixtures: 0 errors, 1 warning`. */
export function formatSummary(s: ValidateSummary): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(s.forms, 'form')}, ${n(s.bundles, 'bundle')}, ${s.validFixtures} valid + ${s.invalidFixtures} invalid fixtures: ${n(s.errors, 'error')}, ${n(s.warnings, 'warning')}`;
}

const problem = (file: string, pointer: string, code: string, message: string, severity: Severity = 'error'): Problem => ({
  file: displayPath(file),
  pointer,
  code,
  message,
  severity,
});

// ---------------------------------------------------------------------------------------------------------------
// Forms

/** Reads, names and compiles one definition with both engines; `undefined` when it cannot be read at all. */
async function checkForm(file: string, problems: Problem[], engines: Engines, warnings: DefinitionWarningOptions & { locale: Locale }): Promise<FormEntry | undefined> {
  const { locale } = warnings;
  const json = await readJsonFile(file);
  if (!json.ok) {
    problems.push(json.problem);
    return undefined;
  }
  const definition = json.value as FormDefinition;
  if (!isObject(definition) || typeof definition.id !== 'string') {
    problems.push(problem(file, '', 'definition', 'not a form definition: an object with an "id" is expected'));
    return undefined;
  }
  if (basename(file) !== `${definition.id}.form.json`) {
    problems.push(problem(file, '/id', 'file-name', `the file of form ${JSON.stringify(definition.id)} must be named ${definition.id}.form.json`));
  }
  problems.push(...undecidedPatterns(file, definition));
  problems.push(...unnormalizedTexts(file, definition));
  problems.push(...definitionWarnings(definition, warnings).map((w) => problem(file, w.pointer, w.code, w.message, 'warning')));
  const result = compileWithEngines(definition, displayPath(file), engines, locale);
  if (!result.ok) {
    problems.push(...result.problems.map((p) => problem(file, p.pointer, p.code, p.message)));
    return { file, definition };
  }
  return { file, definition, compiled: result.compiled };
}

/**
 * Texts not in Unicode NFC (a Vietnamese letter written as a base letter plus combining marks, as some editors and
 * copy-pastes from PDFs produce): they look the same but compare, search and sort differently from what citizens
 * type and what data providers send, and screen readers may spell the marks. Warnings, since they still render;
 * the fix is to save the file normalized (NFC), which the message gives.
 */
function unnormalizedTexts(file: string, definition: FormDefinition): Problem[] {
  const found: Problem[] = [];
  const walk = (node: unknown, pointer: string) => {
    if (typeof node === 'string') {
      const nfc = node.normalize('NFC');
      if (nfc !== node) found.push(problem(file, pointer, 'text-not-nfc', `the text is not in Unicode NFC (combining marks); write it as ${JSON.stringify(nfc)}`, 'warning'));
      return;
    }
    if (Array.isArray(node)) return node.forEach((v, i) => walk(v, appendPointer(pointer, i)));
    if (isObject(node)) for (const [key, value] of Object.entries(node)) walk(value, appendPointer(pointer, key));
  };
  walk(definition, '');
  return found;
}

/** Patterns recheck could neither prove safe nor vulnerable: warnings (vulnerable ones fail compileForm). */
function undecidedPatterns(file: string, definition: FormDefinition): Problem[] {
  const found: Problem[] = [];
  const walk = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) return node.forEach((v, i) => walk(v, appendPointer(pointer, i)));
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const at = appendPointer(pointer, key);
      const patterns = key === 'pattern' && typeof value === 'string' ? [[at, value]] : key === 'patternProperties' && isObject(value) ? Object.keys(value).map((p) => [appendPointer(at, p), p]) : [];
      for (const [where, pattern] of patterns) {
        const verdict = checkPattern(pattern);
        if (verdict.status === 'unknown') found.push(problem(file, where, 'pattern', verdict.message, 'warning'));
      }
      walk(value, at);
    }
  };
  walk(definition.schema, '/schema');
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Fixtures

/** An invalid fixture: the data and exactly the error pointers validation must report. */
interface InvalidFixture {
  description?: string;
  data: unknown;
  errors: string[];
}

async function listJson(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/**
 * Checks `fixtures/valid/*.json` and `fixtures/invalid/*.json` beside the definition `formFile` with every
 * compiled form in `compiled` (engine name → form; the first is the reference). Also used by `tokhai build` to
 * check the bundled precompiled validators.
 */
export async function checkFixtures(
  formFile: string,
  compiled: Readonly<Record<string, CompiledForm>>,
  problems: Problem[],
): Promise<{ valid: number; invalid: number }> {
  const root = join(dirname(formFile), 'fixtures');
  const valid = await listJson(join(root, 'valid'));
  const invalid = await listJson(join(root, 'invalid'));
  if (valid.length === 0) {
    problems.push(problem(formFile, '', 'fixture', 'no valid fixture: add fixtures/valid/minimal.json (and full.json)', 'warning'));
  }
  for (const file of valid) {
    const json = await readJsonFile(file);
    if (!json.ok) problems.push(json.problem);
    else checkFixture(compiled, file, json.value, [], problems);
  }
  for (const file of invalid) {
    const json = await readJsonFile(file);
    if (!json.ok) {
      problems.push(json.problem);
      continue;
    }
    const shape = invalidFixtureShape(json.value);
    if (typeof shape === 'string') problems.push(problem(file, '', 'fixture', shape));
    else checkFixture(compiled, file, shape.data, shape.errors, problems);
  }
  return { valid: valid.length, invalid: invalid.length };
}

function invalidFixtureShape(value: unknown): InvalidFixture | string {
  if (!isObject(value) || !('data' in value) || !Array.isArray(value.errors)) {
    return 'an invalid fixture is { "data": …, "errors": ["/json/pointer", …] }';
  }
  const extra = Object.keys(value).filter((k) => !['data', 'errors', 'description', '$comment'].includes(k));
  if (extra.length) return `unexpected member(s) ${extra.map((k) => JSON.stringify(k)).join(', ')} in an invalid fixture`;
  if (!value.errors.every((e): e is string => typeof e === 'string' && (e === '' || e.startsWith('/')))) {
    return '"errors" must list JSON Pointers into the data ("" or starting with "/")';
  }
  if (value.errors.length === 0) return 'an invalid fixture must list at least one error pointer (a valid one goes in fixtures/valid/)';
  return value as unknown as InvalidFixture;
}

const pointersOf = (errors: readonly LocatedError[]): string[] => [...new Set(errors.map((e) => e.pointer))].sort();
const list = (pointers: readonly string[]) => (pointers.length ? pointers.map((p) => p || '(root)').join(', ') : 'none');

/**
 * Validates one fixture with both engines: each must report exactly `expected` (no error for a valid fixture),
 * and the engines must agree with each other. Problems point at the fixture file (`/errors` for a wrong
 * expectation, the data pointer for an unexpected error).
 */
function checkFixture(compiled: Readonly<Record<string, CompiledForm>>, file: string, data: unknown, expected: readonly string[], problems: Problem[]): void {
  const results = Object.fromEntries(Object.entries(compiled).map(([engine, form]) => [engine, form.validate(data, { locale: 'en' })]));
  const want = [...new Set(expected)].sort();
  const isValidFixture = expected.length === 0;
  const base = isValidFixture ? '' : '/data';

  const [first = '', ...others] = Object.keys(results);
  const reference = results[first];
  const got = pointersOf(reference.errors);
  for (const engine of others) {
    const result = results[engine];
    const theirs = pointersOf(result.errors);
    if (result.valid !== reference.valid || theirs.join('\n') !== got.join('\n')) {
      problems.push(
        problem(file, base, 'engine-disagreement', `engines disagree: ${first} reports ${reference.valid ? 'valid' : list(got)}, ${engine} reports ${result.valid ? 'valid' : list(theirs)}`),
      );
    }
  }
  if (isValidFixture) {
    for (const e of reference.errors) problems.push(problem(file, e.pointer, 'fixture', `valid fixture fails: ${e.message} [${e.keyword}]`));
    return;
  }
  const missing = want.filter((p) => !got.includes(p));
  const unexpected = got.filter((p) => !want.includes(p));
  if (missing.length) problems.push(problem(file, '/errors', 'fixture', `expected errors not reported: ${list(missing)}`));
  for (const p of unexpected) {
    const messages = reference.errors.filter((e) => e.pointer === p).map((e) => `${e.message} [${e.keyword}]`);
    problems.push(problem(file, appendPointer('/data', ...p.split('/').slice(1).map(unescape)), 'fixture', `unexpected error at ${p || '(root)'}: ${messages.join('; ')}`));
  }
}

const unescape = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');

// ---------------------------------------------------------------------------------------------------------------
// Bundles

async function checkBundle(file: string, forms: ReadonlyMap<string, FormEntry>, unreadable: ReadonlyMap<string, string>, problems: Problem[]): Promise<void> {
  const json = await readJsonFile(file);
  if (!json.ok) {
    problems.push(json.problem);
    return;
  }
  const bundle = json.value as FormBundle;
  const report = (pointer: string, message: string, severity: Severity = 'error') => problems.push(problem(file, pointer, 'bundle', message, severity));
  bundleMetaValidator ??= ajvEngine().compile(formBundleSchema as unknown as JsonSchema, { draft: '2020-12' });
  for (const e of bundleMetaValidator(bundle)) report(e.instancePath, describeMetaError(e));
  if (!isObject(bundle) || typeof bundle.id !== 'string' || !Array.isArray(bundle.members) || !Array.isArray(bundle.shared)) {
    report('', 'not a bundle: an object with "id", "members" and "shared" is expected');
    return;
  }
  // The file is named after the id or its last segments (`birth-residence-insurance.bundle.json`).
  const stem = basename(file).replace(/\.bundle\.json$/, '');
  if (stem !== bundle.id && !bundle.id.endsWith(`.${stem}`)) {
    report('/id', `the file of bundle ${JSON.stringify(bundle.id)} must be named after its id (${bundle.id}.bundle.json, or the id's last segments)`);
  }
  if (!parseSemVer(String(bundle.version))) report('/version', `version ${JSON.stringify(bundle.version)} is not a semantic version`);
  problems.push(...bundleTextWarnings(bundle).map((w) => problem(file, w.pointer, w.code, w.message, 'warning')));
  if (bundle.members.length < 2) report('/members', 'a bundle needs at least two members');

  const members = new Map<string, FormEntry>();
  // Members whose definition file is broken: reported there; their pointers cannot be checked, and are not.
  const unchecked = new Set<string>();
  bundle.members.forEach((m, i) => {
    const at = appendPointer('/members', i);
    const entry = forms.get(m.form);
    const broken = entry ? undefined : unreadable.get(m.form);
    if (broken !== undefined) {
      unchecked.add(m.form);
      return report(appendPointer(at, 'form'), `member ${JSON.stringify(m.form)} is not checked: its definition ${displayPath(broken)} cannot be read (fix the error reported there)`, 'warning');
    }
    if (!entry) return report(appendPointer(at, 'form'), `member ${JSON.stringify(m.form)} is not a form of the catalog`);
    if (members.has(m.form)) return report(appendPointer(at, 'form'), `member ${JSON.stringify(m.form)} is listed twice`);
    members.set(m.form, entry);
    if (m.version === undefined) return;
    if (!isValidRange(m.version)) report(appendPointer(at, 'version'), `${JSON.stringify(m.version)} is not a semver range`);
    else if (!satisfies(entry.definition.version, m.version)) {
      report(appendPointer(at, 'version'), `${m.form} is at version ${entry.definition.version}, outside ${JSON.stringify(m.version)}`);
    }
  });

  const seen = new Set<string>();
  bundle.shared.forEach((s, i) => {
    const at = appendPointer('/shared', i);
    if (seen.has(s.id)) report(appendPointer(at, 'id'), `shared answer ${JSON.stringify(s.id)} is declared twice`);
    seen.add(s.id);
    const types: { form: string; types: Set<string> }[] = [];
    for (const [formId, pointer] of Object.entries(s.pointers ?? {})) {
      const where = appendPointer(at, 'pointers', formId);
      const entry = members.get(formId);
      if (unchecked.has(formId)) continue;
      if (!entry) {
        report(where, `${JSON.stringify(formId)} is not a member of this bundle`);
        continue;
      }
      const schemas = resolveDataPointer(entry.definition.schema, pointer);
      if (!schemas) {
        report(where, `${pointer} is not a JSON Pointer`);
        continue;
      }
      if (schemas.length === 0) {
        report(where, `${pointer} does not exist in the schema of ${formId}`);
        continue;
      }
      const t = schemas.map(declaredTypes).find((x) => x !== undefined);
      if (t) types.push({ form: formId, types: t });
    }
    if (Object.keys(s.pointers ?? {}).length < 2) report(appendPointer(at, 'pointers'), `shared answer ${JSON.stringify(s.id)} must point into at least two members`, 'warning');
    // One value is written to every pointer, so the members must accept at least one common JSON type.
    const common = types.reduce<Set<string> | undefined>((acc, t) => (acc ? new Set([...acc].filter((x) => t.types.has(x) || (x === 'integer' && t.types.has('number')) || (x === 'number' && t.types.has('integer')))) : new Set(t.types)), undefined);
    if (common && common.size === 0) {
      report(appendPointer(at, 'pointers'), `the members disagree on the type of ${JSON.stringify(s.id)}: ${types.map((t) => `${t.form} ${[...t.types].join('|')}`).join(', ')}`);
    }
  });

  // Extension: fixed answers per member (x-presets: { formId: { pointer: value } }), see forms/bundles/README.md.
  const presets = (bundle as unknown as Record<string, unknown>)['x-presets'];
  if (isObject(presets)) {
    for (const [formId, values] of Object.entries(presets)) {
      const entry = members.get(formId);
      if (unchecked.has(formId)) continue;
      if (!entry) report(appendPointer('/x-presets', formId), `${JSON.stringify(formId)} is not a member of this bundle`);
      else if (isObject(values)) {
        for (const pointer of Object.keys(values)) {
          if (!resolveDataPointer(entry.definition.schema, pointer)?.length) {
            report(appendPointer('/x-presets', formId, pointer), `${pointer} does not exist in the schema of ${formId}`);
          }
        }
      }
    }
  }
}

/** The same text checks as a definition's, on a bundle's localized texts: its title, description and shared labels. */
function bundleTextWarnings(bundle: FormBundle): ReturnType<typeof textWarnings> {
  const localized: [unknown, string][] = [[bundle.title, '/title'], [bundle.description, '/description']];
  bundle.shared.forEach((s, i) => localized.push([isObject(s) ? s.label : undefined, appendPointer('/shared', i, 'label')]));
  return localized.flatMap(([text, pointer]) =>
    isObject(text) ? (['vi', 'en'] as const).flatMap((locale) => (typeof text[locale] === 'string' ? textWarnings(text[locale], locale, appendPointer(pointer, locale)) : [])) : [],
  );
}

/** The bundle meta-schema (`@tokhai/core`'s `formBundleSchema`), compiled on first use. */
let bundleMetaValidator: SchemaValidator | undefined;

/** A meta-schema failure in words: keyword → sentence. */
const META_MESSAGES: Readonly<Record<string, (params: Record<string, unknown>) => string>> = {
  required: (p) => `missing required member ${JSON.stringify(p.missingProperty)}`,
  additionalProperties: (p) => `unknown member ${JSON.stringify(p.additionalProperty)} (extensions start with "x-")`,
  type: (p) => `must be ${show(p.type)}`,
  pattern: (p) => `must match ${show(p.pattern)}`,
  minItems: (p) => `must have at least ${show(p.limit)} item(s)`,
  minProperties: (p) => `must have at least ${show(p.limit)} member(s)`,
  minLength: () => 'must not be empty',
};

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

function describeMetaError(e: RawError): string {
  const describe = META_MESSAGES[e.keyword];
  return `bundle schema: ${describe ? describe(e.params) : `fails "${e.keyword}" ${JSON.stringify(e.params)}`}`;
}

/** The schemas at a data pointer, or `undefined` when it is not a JSON Pointer. */
function resolveDataPointer(schema: JsonSchema, pointer: string): ReturnType<typeof schemasAtDataPointer> | undefined {
  try {
    return schemasAtDataPointer(schema, pointer);
  } catch {
    return undefined;
  }
}
