// SPDX-License-Identifier: MIT
/**
 * The choices of a choice widget (select, radios, checkboxes). Labels come from `FieldModel.choices`, which
 * `<tk-form>` resolves from the definition's texts; when a form gives none, the schema's own values are shown
 * (`oneOf[].title`, else the value), and a boolean shown as radios gets "Có"/"Không".
 *
 * Native controls carry the choice's *index* as their value, never the data value itself: data values may be
 * numbers or booleans, and an index maps back to the exact typed value.
 */
import type { JsonSchema, JsonSchemaObject } from '@tokhai/core';
import type { FieldModel } from '../../internal/field-model.js';
import { sameValue } from './same-value.js';
import type { WidgetStrings } from './strings.js';

/** One choice. */
export interface Choice {
  value: unknown;
  label: string;
}

const asSchema = (s: JsonSchema | JsonSchema[] | undefined): JsonSchemaObject | undefined =>
  s !== null && typeof s === 'object' && !Array.isArray(s) ? s : undefined;

/** The choices a schema declares by itself (enum, or oneOf/anyOf consts with titles). */
function schemaChoices(schema: JsonSchemaObject | undefined): Choice[] | undefined {
  if (!schema) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => ({ value, label: String(value) }));
  const branches = (schema.oneOf ?? schema.anyOf)?.map(asSchema);
  if (branches?.length && branches.every((b) => b && b.const !== undefined)) {
    return branches.map((b) => ({ value: b!.const, label: typeof b!.title === 'string' ? b!.title : String(b!.const) }));
  }
  return undefined;
}

/** True when the schema is a boolean. */
const isBoolean = (schema: JsonSchemaObject | undefined) =>
  schema?.type === 'boolean' || (Array.isArray(schema?.type) && schema.type.includes('boolean'));

/** The choices of a single-choice field. */
export function choicesOf(field: FieldModel, strings: WidgetStrings): Choice[] {
  if (field.choices?.length) return field.choices;
  if (isBoolean(field.schema)) return [{ value: true, label: strings.yes }, { value: false, label: strings.no }];
  return schemaChoices(field.schema) ?? [];
}

/** The choices of an array-of-choices field (its items' values). */
export function itemChoicesOf(field: FieldModel): Choice[] {
  if (field.choices?.length) return field.choices;
  return schemaChoices(asSchema(field.schema.items)) ?? [];
}

/** The index of `value` among `choices`, or -1. */
export const indexOfValue = (choices: readonly Choice[], value: unknown): number =>
  value === undefined ? -1 : choices.findIndex((c) => sameValue(c.value, value));

/** The id of choice `index`: the first carries `field.id` (what labels and the error summary point at). */
export const choiceId = (field: FieldModel, index: number): string => (index === 0 ? field.id : `${field.id}-${index}`);

/** Keys that change a radio or checkbox selection; a read-only group swallows them. */
export const SELECTION_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', ' ', 'Spacebar']);

/**
 * Native checkboxes and radios have no `readonly`: on a read-only field, a click or a selection key is cancelled so
 * the control keeps its state (it stays focusable and announced, unlike `disabled`). Bind it to `click` and `keydown`.
 */
export function guardReadonlySelection(readonly: boolean | undefined, event: Event): void {
  if (!readonly) return;
  if (event.type === 'click' || (event.type === 'keydown' && SELECTION_KEYS.has((event as KeyboardEvent).key))) event.preventDefault();
}
