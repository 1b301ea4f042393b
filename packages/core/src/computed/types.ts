// SPDX-License-Identifier: MIT
/** The types of the computed-value registry: what a form's code may plug into JSON Logic expressions. */

/**
 * A function callable from a computed expression as an operator: `{ "upperVi": [{ "var": "name" }] }` calls
 * `upperVi(name)`. Arguments arrive already evaluated. It must be pure and deterministic (same arguments, same
 * result, on every machine), return JSON (`null` for "cannot compute"), and never throw; the evaluator treats a
 * throw as `null` for the whole computed field.
 */
export type LogicFunction = (...args: unknown[]) => unknown;

/** Extra functions for computed expressions, by operator name (`[A-Za-z][A-Za-z0-9_]*`). */
export type FunctionRegistry = Readonly<Record<string, LogicFunction>>;

/**
 * Looks up the name of a 2025 administrative unit (province or commune) by its code. Injected so that core does
 * not import the administrative-unit data: `@tokhai/vn-data` provides one, and a test can pass a small table.
 */
export interface AdminUnitNameLookup {
  /** The unit's name (`"Thành phố Hà Nội"`), or `undefined` for an unknown code. */
  name(code: string): string | undefined;
}
