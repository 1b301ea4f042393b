// SPDX-License-Identifier: MIT
/**
 * Carries a draft saved under an older definition version into the current one. The definition's `migrations`
 * say how (move a value, or drop one with a reason); whatever still has no place in the current schema is listed
 * as "not carried", with its value and label, so the citizen is told and can copy it. Nothing is dropped silently.
 */
import type { FormDefinition, JsonSchema, JsonSchemaObject, LocalizedText } from '@tokhai/core';
import { getAt, leafPointers, parsePointer, setAt } from '../internal/pointer.js';
import { satisfies } from './semver-range.js';

/** A value of the old draft that the current form cannot hold. */
export interface NotCarried {
  pointer: string;
  value: unknown;
  /** The field's label when the draft was saved. */
  label?: string;
  /** Why the form author removed it, when a migration says. */
  reason?: LocalizedText;
}

/** The result of carrying a draft over. */
export interface MigrationResult {
  data: unknown;
  notCarried: NotCarried[];
}

/** Applies the definition's migrations whose `from` range matches `fromVersion`, in order. */
function applyMigrations(data: unknown, fromVersion: string, definition: FormDefinition, labels: Record<string, string>) {
  const notCarried: NotCarried[] = [];
  let out = data;
  for (const migration of definition.migrations ?? []) {
    if (!satisfies(fromVersion, migration.from)) continue;
    for (const op of migration.operations) {
      if ('move' in op) {
        const value = getAt(out, op.move.from);
        if (value === undefined) continue;
        out = setAt(setAt(out, op.move.from, undefined), op.move.to, value);
        if (labels[op.move.from] !== undefined) labels[op.move.to] ??= labels[op.move.from];
      } else {
        const value = getAt(out, op.remove);
        if (value === undefined) continue;
        notCarried.push({ pointer: op.remove, value, label: labelFor(labels, op.remove), reason: op.reason });
        out = setAt(out, op.remove, undefined);
      }
    }
  }
  return { data: out, notCarried };
}

const asObject = (s: JsonSchema | undefined): JsonSchemaObject | undefined =>
  s && typeof s === 'object' ? s : s === true ? {} : undefined;

/** Resolves local `$ref`s (bounded, so a cycle ends). */
function deref(schema: JsonSchemaObject | undefined, root: JsonSchemaObject): JsonSchemaObject | undefined {
  let s = schema;
  for (let i = 0; s?.$ref?.startsWith('#') && i < 16; i++) {
    s = asObject(parsePointer(s.$ref.slice(1)).reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], root) as JsonSchema);
  }
  return s;
}

/** The schema a data pointer lands on, or `undefined` when the schema declares no such place. */
export function schemaAtPointer(root: JsonSchemaObject, pointer: string): JsonSchemaObject | undefined {
  let current: JsonSchemaObject | undefined = deref(root, root);
  for (const key of parsePointer(pointer)) {
    if (!current) return undefined;
    const composed = [current, ...((current.allOf ?? [])).map(asObject)].filter(Boolean) as JsonSchemaObject[];
    let next: JsonSchemaObject | undefined;
    for (const s of composed) {
      if (/^\d+$/.test(key) && s.items !== undefined) next ??= asObject(Array.isArray(s.items) ? s.items[Number(key)] : s.items);
      if (s.properties && Object.hasOwn(s.properties, key)) next ??= asObject(s.properties[key]);
      // A free-form object (no `properties`) or a map (`additionalProperties: {schema}`) holds any key.
      if (!/^\d+$/.test(key) && s.additionalProperties !== false && (s.properties === undefined || typeof s.additionalProperties === 'object')) {
        if (s.type === 'object' || s.additionalProperties !== undefined) next ??= asObject(s.additionalProperties ?? true);
      }
      // `then`/`else` branches declare conditional fields: they have a place even when hidden right now.
      for (const branch of [s.then, s.else].map(asObject)) {
        if (branch?.properties && Object.hasOwn(branch.properties, key)) next ??= asObject(branch.properties[key]);
      }
    }
    current = deref(next, root);
  }
  return current;
}

/**
 * Carries `data` saved under `fromVersion` into `definition`'s version. `labels` (pointer → label when saved)
 * name the values that cannot be carried.
 */
export function migrateDraft(
  data: unknown,
  fromVersion: string,
  definition: FormDefinition,
  labels: Record<string, string> = {},
): MigrationResult {
  const known = { ...labels };
  const migrated = fromVersion === definition.version ? { data, notCarried: [] } : applyMigrations(data, fromVersion, definition, known);
  const root = asObject(definition.schema) ?? {};
  let out = migrated.data;
  const notCarried = [...migrated.notCarried];
  for (const pointer of leafPointers(out)) {
    if (schemaAtPointer(root, pointer) !== undefined) continue;
    notCarried.push({ pointer, value: getAt(out, pointer), label: labelFor(known, pointer) });
    out = setAt(out, pointer, undefined);
  }
  return { data: out, notCarried };
}

/** The label of a pointer or of its nearest labelled ancestor (an address part → the address). */
function labelFor(labels: Record<string, string>, pointer: string): string | undefined {
  for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) if (labels[p] !== undefined) return labels[p];
  return undefined;
}
