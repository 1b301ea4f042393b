// SPDX-License-Identifier: MIT
/**
 * The layout of one array item when the array control has no `options.detail`, generated the way JSON Forms'
 * `generateDefaultUISchema` does for an item: an object item becomes a VerticalLayout with one Control per
 * property (in schema order), anything else one Control on the item itself (`#`). Element paths inside items
 * (`/elements/2/detail/0/elements/1`) are defined over this layout, so the renderer must use the same one: it is
 * exported as `generateDetailUi`.
 */
import type { JsonSchema, JsonSchemaObject } from '../models/json-schema.js';
import type { ControlElement, UISchemaElement, VerticalLayout } from '../models/uischema.js';
import { escapeToken } from '../util/json-pointer.js';
import { isObject } from '../util/json.js';
import { deref, isObjectSchema } from './schema-nav.js';

const cache = new WeakMap<object, UISchemaElement>();

/** The property names an object schema declares, own `properties` first, then those of `allOf` members. */
function declaredProperties(schema: JsonSchemaObject, root: JsonSchema, depth = 0): string[] {
  const names = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  const members = Array.isArray(schema.allOf) && depth < 32 ? schema.allOf : [];
  for (const m of members) {
    const member = deref(m, root);
    if (member !== undefined) for (const n of declaredProperties(member, root, depth + 1)) if (!names.includes(n)) names.push(n);
  }
  return names;
}

/** A Control on a property of the item. */
const propertyControl = (name: string): ControlElement => ({
  type: 'Control',
  // A scope is a URI fragment: `%` must be escaped so that decoding gives the name back.
  scope: `#/properties/${escapeToken(name).replace(/%/g, '%25')}`,
});

/** The detail of items that are not objects: one control on the item itself. */
const ITEM_CONTROL: ControlElement = Object.freeze({ type: 'Control', scope: '#' });

/**
 * The detail layout for items of `itemSchema` (cached per schema object, so the same item schema always gives the
 * same layout object). `root` resolves `$ref`s.
 */
export function generateDetailUi(itemSchema: JsonSchemaObject | undefined, root: JsonSchema): UISchemaElement {
  if (itemSchema === undefined) return ITEM_CONTROL;
  const cached = cache.get(itemSchema);
  if (cached !== undefined) return cached;
  const schema = deref(itemSchema, root);
  const ui: UISchemaElement =
    schema !== undefined && isObjectSchema(schema)
      ? ({ type: 'VerticalLayout', elements: declaredProperties(schema, root).map(propertyControl) } satisfies VerticalLayout)
      : ITEM_CONTROL;
  cache.set(itemSchema, ui);
  return ui;
}
