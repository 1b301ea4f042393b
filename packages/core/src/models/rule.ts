// SPDX-License-Identifier: MIT
/**
 * Rules exactly as JSON Forms defines them (https://jsonforms.io/docs/uischema/rules). One difference in
 * evaluation: an unknown condition kind is a compile error, never silently `true`.
 */
import type { JsonSchema } from './json-schema.js';

/** What a rule does when its condition holds. */
export type RuleEffect =
  /** Hide the element when the condition holds. */
  | 'HIDE'
  /** Show the element only when the condition holds. */
  | 'SHOW'
  /** Enable the element only when the condition holds. */
  | 'ENABLE'
  /** Disable the element when the condition holds. */
  | 'DISABLE';

/** A rule attached to a UI schema element. */
export interface Rule {
  effect: RuleEffect;
  condition: Condition;
}

/** Any rule condition. */
export type Condition = SchemaBasedCondition | LeafCondition | AndCondition | OrCondition;

/** Holds when the value at `scope` validates against `schema` (the JSON Forms default). */
export interface SchemaBasedCondition {
  type?: undefined;
  /** JSON Pointer fragment into the schema, like a Control's scope; `#` is the whole data. */
  scope: string;
  schema: JsonSchema;
  /** When the value is undefined: `true` makes the condition fail (JSON Forms' `failWhenUndefined`). */
  failWhenUndefined?: boolean;
}

/** Legacy JSON Forms condition: holds when the value at `scope` equals `expectedValue`. */
export interface LeafCondition {
  type: 'LEAF';
  scope: string;
  expectedValue: unknown;
}

/** Holds when every sub-condition holds. */
export interface AndCondition {
  type: 'AND';
  conditions: Condition[];
}

/** Holds when any sub-condition holds. */
export interface OrCondition {
  type: 'OR';
  conditions: Condition[];
}

/** Narrows to an AND condition. */
export const isAndCondition = (c: Condition): c is AndCondition => c.type === 'AND';
/** Narrows to an OR condition. */
export const isOrCondition = (c: Condition): c is OrCondition => c.type === 'OR';
/** Narrows to a LEAF condition. */
export const isLeafCondition = (c: Condition): c is LeafCondition => c.type === 'LEAF';
/** Narrows to a schema-based condition. */
export const isSchemaCondition = (c: Condition): c is SchemaBasedCondition =>
  c.type === undefined && 'schema' in c;
