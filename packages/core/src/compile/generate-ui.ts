// SPDX-License-Identifier: MIT
/**
 * The default layout for a definition without `ui` (as JSON Forms' `generateDefaultUISchema`): a VerticalLayout
 * with one Control per property in schema order; nested objects become Groups (an address object stays one
 * `admin-unit` Control). Arrays get no `options.detail`: renderers use the logic engine's `generateDetailUi`. Labels are left to the label chain (i18n `<path>.label` → schema title → name).
 */
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { ControlElement, GroupLayout, UISchemaElement } from '../models/uischema.js';
import { escapeToken } from '../util/json-pointer.js';
import { isObject, MAX_DEPTH } from '../util/json.js';
import { derefLocal, typesOf } from '../util/schema-nav.js';
import { annotationOf } from './texts.js';

/** At most this many controls are generated (a guard against huge or recursive schemas). */
const MAX_CONTROLS = 5000;

// A scope is a URI fragment: `%` is escaped so that decoding gives the name back.
const scopeOf = (path: readonly string[]): string => '#' + path.map((p) => `/properties/${escapeToken(p).replace(/%/g, '%25')}`).join('');

const isObjectSchema = (s: JsonSchemaObject | undefined): s is JsonSchemaObject =>
  s !== undefined && isObject(s.properties) && (typesOf(s).length === 0 || typesOf(s).includes('object'));

/** Generates the layout for `schema` (the root, or an array item schema for a detail). */
export const generateDefaultUi = (
  schema: JsonSchemaObject,
  root: JsonSchemaObject = schema,
  hasKey: (key: string) => boolean = () => false,
): UISchemaElement => {
  let count = 0;
  const onPath = new Set<unknown>();
  const build = (objSchema: JsonSchemaObject, path: string[], depth: number): UISchemaElement[] => {
    const out: UISchemaElement[] = [];
    onPath.add(objSchema);
    for (const name of Object.keys(objSchema.properties as object)) {
      if (count >= MAX_CONTROLS) break;
      const prop = derefLocal((objSchema.properties as Record<string, unknown>)[name], root);
      const here = [...path, name];
      if (isObjectSchema(prop) && !onPath.has(prop) && depth < MAX_DEPTH / 2 && !isAddress(prop)) {
        const key = `${here.join('.')}.label`;
        // The title written beside the property's `$ref` first (the author's heading for this place), then the target's.
        const title = annotationOf((objSchema.properties as Record<string, unknown>)[name], root, 'title');
        const group: GroupLayout = { type: 'Group', label: hasKey(key) ? key : (title ?? name), elements: build(prop, here, depth + 1) };
        out.push(group);
        continue;
      }
      count++;
      const control: ControlElement = { type: 'Control', scope: scopeOf(here) };
      if (prop && isObject(prop.properties) && isAddress(prop)) control.options = { format: 'admin-unit' };
      out.push(control);
    }
    onPath.delete(objSchema);
    return out;
  };
  const top = derefLocal(schema, root);
  return { type: 'VerticalLayout', elements: isObjectSchema(top) ? build(top, [], 0) : [] };
};

/** An address value (`{street, communeCode, provinceCode}`) is one admin-unit control, not a group. */
const isAddress = (s: JsonSchemaObject): boolean => {
  const p = s.properties as Record<string, unknown>;
  return Object.hasOwn(p, 'communeCode') && Object.hasOwn(p, 'provinceCode');
};
