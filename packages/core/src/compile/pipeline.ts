// SPDX-License-Identifier: MIT
/**
 * What `compileForm` and `compileBuiltForm` share: the context a compilation starts from, running a list of steps,
 * and the assembly of the immutable `CompiledForm`. Kept apart from the definition checks so that a bundle that only
 * compiles forms checked at build time (`compileBuiltForm`) contains none of them.
 */
import type { CompiledForm } from '../models/compiled-form.js';
import type { FormDefinition, Locale } from '../models/definition.js';
import { FormDefinitionError } from '../models/errors.js';
import type { JsonSchema } from '../models/json-schema.js';
import { cloneJson, cloneJsonFrozen, isObject } from '../util/json.js';
import { resolveScopeTarget } from '../util/schema-nav.js';
import { createValidate } from '../validate/create-validate.js';
import { report, type CompileContext } from './context.js';
import { buildLogicEngine } from '../rules/evaluate.js';
import type { CompileOptions } from './options.js';
import { createLabels, createText } from './texts.js';
import { definitionFromSchema } from './definition-from-schema.js';
import { indexUi } from './ui-index.js';

/** A compile step: reads and writes the context, records problems, never throws. */
export type Step = (it: CompileContext) => void;

/** Runs one step; an unexpected exception becomes a problem at the root (compileForm throws nothing else). */
const runStep = (it: CompileContext, name: string, step: Step): void => {
  try {
    step(it);
  } catch (e) {
    report(it, '', 'internal', `step ${name} failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`);
    it.fatal = true;
  }
};

/**
 * True for a bare JSON Schema passed where a definition is expected: no `schema` and no `id`, but schema keywords
 * (`properties`, or a json-schema.org `$schema`). It is wrapped with `definitionFromSchema` (id `local.form`).
 */
const isPlainSchema = (input: unknown): boolean =>
  isObject(input) &&
  !Object.hasOwn(input, 'schema') &&
  !Object.hasOwn(input, 'id') &&
  (isObject(input.properties) || (typeof input.$schema === 'string' && input.$schema.includes('json-schema.org')));

/**
 * Runs `steps` over a private copy of `definition` and assembles the form. Throws `FormDefinitionError` listing
 * every problem the steps found (a step after a fatal problem is skipped), and never any other error. `copy` says how
 * the private copy is made: `'copy'`, a plain deep copy; `'frozen'` (for steps that never edit the definition), a
 * copy frozen as it is made instead of being walked again when the form is assembled; `'owned'`, none: the caller
 * passes a deeply frozen copy of its own (`compileBuiltForm`, which made one to compare hashes).
 */
export const runPipeline = (
  definition: FormDefinition,
  options: CompileOptions,
  steps: ReadonlyArray<readonly [name: string, step: Step]>,
  copy: 'copy' | 'frozen' | 'owned' = 'copy',
): CompiledForm => {
  const it: CompileContext = {
    options,
    definition: undefined as unknown as FormDefinition,
    schema: {},
    draft: '2020-12',
    ui: { type: 'VerticalLayout', elements: [] },
    uiGenerated: false,
    problems: [],
    fatal: false,
  };
  try {
    const authored = isPlainSchema(definition) ? definitionFromSchema(definition as unknown as JsonSchema) : definition;
    // A wrapped bare schema is a new object around the caller's copy: copied (frozen) like any other definition.
    it.definition = copy === 'owned' && authored === definition ? definition : copy === 'copy' ? cloneJson(authored) : cloneJsonFrozen(authored);
  } catch {
    throw new FormDefinitionError([{ pointer: '', code: 'meta-schema', message: 'the definition cannot be read as JSON.' }], options.file);
  }
  if (!isObject(it.definition)) throw new FormDefinitionError([{ pointer: '', code: 'meta-schema', message: 'a form definition must be a JSON object.' }], options.file);
  for (const [name, step] of steps) {
    if (it.fatal) break;
    runStep(it, name, step);
  }
  if (it.problems.length || !it.validator) {
    if (!it.problems.length) report(it, '', 'internal', 'the schema could not be compiled.');
    throw new FormDefinitionError(dedupe(it.problems), options.file);
  }
  try {
    return assemble(it);
  } catch (e) {
    throw new FormDefinitionError([{ pointer: '', code: 'internal', message: `the form could not be assembled: ${e instanceof Error ? e.message : String(e)}` }], options.file);
  }
};

/**
 * Removes repeats. Where a step that knows the meaning (prefill, pattern…) and the meta-schema check both complain
 * about one value, the step's sentence is kept: it says more than "does not have the expected form".
 */
const dedupe = <T extends { pointer: string; code: string; message: string }>(problems: T[]): T[] => {
  const seen = new Set<string>();
  const explained = new Set(problems.filter((p) => p.code !== 'meta-schema').map((p) => p.pointer));
  return problems.filter((p) => {
    if (p.code === 'meta-schema' && explained.has(p.pointer)) return false;
    const k = `${p.pointer}\u0000${p.code}\u0000${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/**
 * Freezes a value deeply (iteratively): a CompiledForm is shared between renders and requests. An object that is
 * already frozen is not entered again: everything here is the pipeline's own copy (cloneJson) or built by the
 * steps, so a frozen object was frozen by this walk (which also ends cycles) or is one of core's frozen constants.
 */
const deepFreeze = <T>(value: T): T => {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) stack.push(v[i]);
    else for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return value;
};

/** A deep copy of JSON data; data JSON cannot hold (a cycle) is returned as it is (never throws). */
const ownCopy = (value: unknown): unknown => {
  try {
    return cloneJson(value);
  } catch {
    return value;
  }
};

/** Builds the immutable CompiledForm from a context without problems. */
const assemble = (it: CompileContext): CompiledForm => {
  const definition: FormDefinition = { ...it.definition, ui: it.ui };
  deepFreeze(definition);
  // The schema is the definition's (already frozen), or the empty schema settleSchema made for `true`/none.
  const schema = deepFreeze(it.schema);
  const ui = it.ui;
  const text = createText(definition);
  // The layout index (fields in layout order, their labels) serves only validation messages: it is built by the
  // first validation that reports an error, not before the form's first render.
  let layout: { order: Map<string, number>; labelOf: (pointer: string, locale: Locale) => string } | undefined;
  const layoutIndex = () => {
    if (layout === undefined) {
      const { controls, sectionLabels } = indexUi(ui, schema);
      const order = new Map<string, number>();
      controls.forEach((c, i) => {
        if (!order.has(c.pattern)) order.set(c.pattern, i);
      });
      layout = { order, labelOf: createLabels(definition, schema, controls, text, sectionLabels) };
    }
    return layout;
  };
  const labelOf = (pointer: string, locale: Locale): string => layoutIndex().labelOf(pointer, locale);
  const order = (): ReadonlyMap<string, number> => layoutIndex().order;
  // Without the default logic kit: compileForm passes it, compileBuiltForm only when the form has computed values.
  const logic = buildLogicEngine({
    definition,
    schema,
    ui,
    ...(it.options.functions ? { functions: it.options.functions } : {}),
    ...(it.options.adminUnits ? { adminUnits: it.options.adminUnits } : {}),
    ...(it.options.logic ? { logic: it.options.logic } : {}),
  });
  const validate = createValidate({
    definition,
    schema,
    validator: it.validator!,
    logic,
    labelOf,
    text,
    order,
    ...(it.options.adminUnits ? { adminUnits: it.options.adminUnits } : {}),
  });
  const form: CompiledForm = {
    id: definition.id,
    version: definition.version,
    definition,
    schema,
    ui,
    validate,
    evaluate: logic.evaluate,
    // A deep copy: the submission is the caller's to keep and edit, while evaluate's results share unchanged
    // parts with the input (copy-on-write) and are read-only.
    prepareSubmission: (data, options) => ownCopy(logic.evaluate(data, options).submission),
    text,
    resolveScope: (scope: string, base?: JsonSchema) => resolveScopeTarget(scope, base ?? schema, schema)?.schema,
  };
  return Object.freeze(form);
};
