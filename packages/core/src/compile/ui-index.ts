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
  /**
   * Data pattern → the label of the Group, Category or Categorization whose controls are all fields of that object
   * (the deepest such object): the best name for an object that has no Control of its own.
   */
  sectionLabels: Map<string, string>;
  problems: UiProblem[];
}

interface Frame {
  el: unknown;
  pointer: string;
  base: JsonSchemaObject;
  prefix: string[];
  depth: number;
  /** Labelled sections this element is inside (their index in `sections`). */
  sections: number[];
}

/** The longest common prefix of data paths. */
const commonPrefix = (paths: readonly string[][]): string[] => {
  if (!paths.length) return [];
  const first = paths[0];
  let n = first.length;
  for (const p of paths) {
    let i = 0;
    while (i < n && i < p.length && p[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n);
};

/** Walks `ui` against `schema`. Never throws; elements deeper than MAX_DEPTH are reported, not entered. */
export const indexUi = (ui: unknown, schema: JsonSchemaObject): UiIndex => {
  const controls: IndexedControl[] = [];
  const problems: UiProblem[] = [];
  const sections: Array<{ label: string; paths: string[][] }> = [];
  const stack: Frame[] = [{ el: ui, pointer: '', base: schema, prefix: [], depth: 0, sections: [] }];
  while (stack.length) {
    const frame = stack.pop()!;
    const { el, pointer, base, prefix, depth } = frame;
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
      // A section names the object that holds its fields: record each field's parent path.
      for (const s of frame.sections) sections[s].paths.push(dataPath.slice(0, -1));
      const detail = isObject(el.options) ? el.options.detail : undefined;
      if (detail !== undefined) {
        const isArray = typesOf(target.schema).includes('array') || target.schema.items !== undefined;
        const item = isArray ? itemSchemaOf(target.schema, undefined, schema) : undefined;
        if (!item) {
          problems.push({ pointer: `${pointer}/options/detail`, code: 'scope', message: `options.detail is only for array properties, but scope "${String(el.scope)}" is not an array of items.` });
          continue;
        }
        stack.push({ el: detail, pointer: `${pointer}/options/detail`, base: item, prefix: [...dataPath, '*'], depth: depth + 1, sections: frame.sections });
      }
      continue;
    }
    let inside = frame.sections;
    if (typeof el.label === 'string' && (el.type === 'Group' || el.type === 'Category' || el.type === 'Categorization')) {
      sections.push({ label: el.label, paths: [] });
      inside = [...inside, sections.length - 1];
    }
    const children = el.elements;
    if (Array.isArray(children))
      for (let i = children.length - 1; i >= 0; i--)
        stack.push({ el: children[i], pointer: `${pointer}/elements/${i}`, base, prefix, depth: depth + 1, sections: inside });
  }
  // Inner sections come later in `sections`; let them win for the same data path.
  const sectionLabels = new Map<string, string>();
  for (const { label, paths } of sections) {
    const common = commonPrefix(paths);
    if (common.length) sectionLabels.set(common.map((t) => '/' + escapeToken(t)).join(''), label);
  }
  return { controls, sectionLabels, problems };
};

/** The UI element of type Control narrowed, for callers holding `UISchemaElement`s. */
export const isControlElement = (el: UISchemaElement): el is ControlElement => el.type === 'Control';
