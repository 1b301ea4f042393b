// SPDX-License-Identifier: MIT
/**
 * The format table: tokhai's Vietnamese formats plus ajv-formats' standard set. Every engine registers formats from
 * this one table (ajv via `addFormat`, the interpreter via its own check, precompiled modules by importing
 * `formatTable` from `@tokhai/core`), so a value is valid in one engine exactly when it is valid in all of them.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { TOKHAI_FORMAT_CHECKS } from './tokhai.js';

export type { FormatCheck, FormatDefinition, FormatDocs, FormatStatus } from './types.js';
export { TOKHAI_FORMATS, tokhaiFormat } from './catalog.js';

/** One entry of the engine format table, in the shape ajv's `addFormat` accepts (and standalone code calls). */
export type FormatTableEntry = RegExp | { type: 'string' | 'number'; validate: ((value: never) => boolean) | RegExp };

const table: Record<string, FormatTableEntry> = Object.create(null) as Record<string, FormatTableEntry>;
for (const [name, def] of Object.entries(fullFormats) as Array<[string, unknown]>) {
  if (def instanceof RegExp) table[name] = def;
  else if (typeof def === 'function') table[name] = { type: 'string', validate: def as (v: never) => boolean };
  else if (typeof def === 'object' && def !== null && 'validate' in def) {
    const d = def as { type?: 'string' | 'number'; validate: ((v: never) => boolean) | RegExp };
    table[name] = { type: d.type ?? 'string', validate: d.validate };
  }
}
for (const f of TOKHAI_FORMAT_CHECKS) table[f.name] = { type: 'string', validate: f.validate as (v: never) => boolean };

/**
 * Every format name → its check, for schema engines. Frozen, with a null prototype. Standalone (precompiled) ajv
 * modules import this object from `@tokhai/core` by name, so renaming it breaks built validators.
 */
export const formatTable: Readonly<Record<string, FormatTableEntry>> = Object.freeze(table);

/** The standard format names (ajv-formats' full set). */
export const STANDARD_FORMAT_NAMES: readonly string[] = Object.freeze(Object.keys(fullFormats));

/** Every format name compileForm accepts. */
export const KNOWN_FORMAT_NAMES: ReadonlySet<string> = new Set(Object.keys(table));

/**
 * Checks one value against a named format the way every engine does: strings for string formats, numbers for
 * number formats; other types and unknown formats pass. Never throws.
 */
export const checkFormat = (name: string, value: unknown): boolean => {
  const entry = Object.hasOwn(table, name) ? table[name] : undefined;
  if (entry === undefined) return true;
  try {
    if (entry instanceof RegExp) return typeof value !== 'string' || entry.test(value);
    if (typeof value !== entry.type && !(entry.type === 'number' && typeof value === 'number')) return true;
    const v = entry.validate;
    return v instanceof RegExp ? v.test(value as string) : v(value as never);
  } catch {
    return false;
  }
};
