// SPDX-License-Identifier: MIT
/**
 * One iterative walk over a UI schema that resolves every Control against the schema: the basis of the scope check,
 * of field labels and of the order errors are listed in. Inside an array Control's `options.detail`, scopes are
 * relative to the item schema and data paths continue with `*` for the item index.
 */
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { ControlElement, UISchemaElement } from '../models/uischema.js';
import { escapeToken } from '../util/json-pointer.js';
import { isObject, MAX_DEPTH } from '../util/json.js';
import { itemSchemaOf, resolveScopeTarget, typesOf } from '../util/schema-nav.js';

/** One Control, resolved. */
export interface IndexedControl {
  /** The Control element. */
  element: ControlElement;
  /** Its pointer in the UI schema (`/elements/2/options/detail/elements/0`). */
  uiPointer: string;
  /** Data path tokens from the root; `*` stands for any array index. */
  dataPath: string[];
  /** The data path as a pointer pattern (`/children/*\/fullName`). */
  pattern: string;
  /** The schema the scope names. */
  schema: JsonSchemaObject;
}

/** A scope or structure problem found while indexing. */
export interface UiProblem {
  pointer: string;
  code: string;
  message: string;
}

/** The result of indexing a UI schema. */
export interface UiIndex {
  controls: IndexedControl[];
  problems: UiProblem[];
}

interface Frame {
  el: unknown;
  pointer: string;
  base: JsonSchemaObject;
  prefix: string[];
  depth: number;
}

/** Walks `ui` against `schema`. Never throws; elements deeper than MAX_DEPTH are reported, not entered. */
export const indexUi = (ui: unknown, schema: JsonSchemaObject): UiIndex => {
  const controls: IndexedControl[] = [];
  const problems: UiProblem[] = [];
  const stack: Frame[] = [{ el: ui, pointer: '', base: schema, prefix: [], depth: 0 }];
  while (stack.length) {
    const { el, pointer, base, prefix, depth } = stack.pop()!;
    if (!isObject(el)) continue;
    if (depth > MAX_DEPTH) {
      problems.push({ pointer, code: 'depth', message: `the layout is nested deeper than ${MAX_DEPTH} levels.` });
      continue;
    }
    if (el.type === 'Control') {
      const target = resolveScopeTarget(el.scope, base, schema);
      if (!target) {
        if (typeof el.scope === 'string')
          problems.push({
            pointer: `${pointer}/scope`,
            code: 'scope',
            message: `scope "${el.scope}" does not name a property of the ${prefix.length ? 'array item ' : ''}schema${prefix.length ? ' (inside options.detail, scopes are relative to the item schema)' : ''}.`,
          });
        continue;
      }
      const dataPath = [...prefix, ...target.dataPath];
      controls.push({
        element: el as unknown as ControlElement,
        uiPointer: pointer,
        dataPath,
        pattern: dataPath.map((t) => '/' + escapeToken(t)).join(''),
        schema: target.schema,
      });
      const detail = isObject(el.options) ? el.options.detail : undefined;
      if (detail !== undefined) {
        const isArray = typesOf(target.schema).includes('array') || target.schema.items !== undefined;
        const item = isArray ? itemSchemaOf(target.schema, undefined, schema) : undefined;
        if (!item) {
          problems.push({ pointer: `${pointer}/options/detail`, code: 'scope', message: `options.detail is only for array properties, but scope "${String(el.scope)}" is not an array of items.` });
          continue;
        }
        stack.push({ el: detail, pointer: `${pointer}/options/detail`, base: item, prefix: [...dataPath, '*'], depth: depth + 1 });
      }
      continue;
    }
    const children = el.elements;
    if (Array.isArray(children))
      for (let i = children.length - 1; i >= 0; i--)
        stack.push({ el: children[i], pointer: `${pointer}/elements/${i}`, base, prefix, depth: depth + 1 });
  }
  return { controls, problems };
};

/** The UI element of type Control narrowed, for callers holding `UISchemaElement`s. */
export const isControlElement = (el: UISchemaElement): el is ControlElement => el.type === 'Control';
