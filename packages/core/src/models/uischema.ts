// SPDX-License-Identifier: MIT
/**
 * The layout vocabulary of JSON Forms (https://jsonforms.io/docs/uischema), unchanged, so portal developers can
 * bring their UI schemas. tokhai adds nothing to the element types; widget hints go in `options`.
 */
import type { Rule } from './rule.js';

/** Any element of a UI schema. Discriminated on `type`. */
export type UISchemaElement =
  | ControlElement
  | VerticalLayout
  | HorizontalLayout
  | GroupLayout
  | LabelElement
  | Categorization
  | Category;

/** Members shared by every UI schema element. */
export interface UISchemaElementBase {
  /** The element kind. */
  type: string;
  /** A rule that shows, hides, enables or disables this element. */
  rule?: Rule;
  /** Renderer hints (widget choice, placeholder, multi-line…). */
  options?: ControlOptions & Record<string, unknown>;
  /** An i18n key that overrides the derived key for this element's texts. */
  i18n?: string;
}

/** Widget hints read by the testers in `@tokhai/core` and the widgets of `@tokhai/elements`. */
export interface ControlOptions {
  /** Force a widget: 'textarea' | 'radio' | 'select' | 'checkbox-group' | 'id-number' | 'admin-unit' | 'date' | … */
  format?: string;
  /** Render a string as a multi-line text area. */
  multi?: boolean;
  /** Placeholder text or i18n key. */
  placeholder?: string;
  /** Input mask name for identifier inputs: 'ddcn' | 'bhxh' | 'mst' | 'phone'. */
  mask?: string;
  /** Array controls: the UI schema of one item. */
  detail?: UISchemaElement;
  /** Array controls: whether items can be reordered. */
  showSortButtons?: boolean;
  /** Whether the control is read-only regardless of rules. */
  readonly?: boolean;
  /** Autocomplete token for the native input (WCAG 1.3.5), e.g. 'name', 'tel', 'email'. */
  autocomplete?: string;
}

/** A field bound to one schema property through `scope`, a JSON Pointer fragment like `#/properties/child/properties/name`. */
export interface ControlElement extends UISchemaElementBase {
  type: 'Control';
  /** JSON Pointer (URI fragment) into the *schema*, relative to the enclosing scope (the item schema inside arrays). */
  scope: string;
  /** Label text or i18n key; `false` hides the label (a visually hidden label is still rendered for a11y). */
  label?: string | boolean;
}

/** Lays out children top to bottom. */
export interface VerticalLayout extends UISchemaElementBase {
  type: 'VerticalLayout';
  elements: UISchemaElement[];
}

/** Lays out children side by side (stacks on narrow screens). */
export interface HorizontalLayout extends UISchemaElementBase {
  type: 'HorizontalLayout';
  elements: UISchemaElement[];
}

/** A titled fieldset. */
export interface GroupLayout extends UISchemaElementBase {
  type: 'Group';
  /** Legend text or i18n key. */
  label?: string;
  elements: UISchemaElement[];
}

/** Static text. */
export interface LabelElement extends UISchemaElementBase {
  type: 'Label';
  /** Text or i18n key. Supports the safe markdown subset (emphasis, http(s) links). */
  text: string;
}

/** A multi-step wizard: each child Category is one step. */
export interface Categorization extends UISchemaElementBase {
  type: 'Categorization';
  label?: string;
  elements: (Category | Categorization)[];
}

/** One step of a Categorization. */
export interface Category extends UISchemaElementBase {
  type: 'Category';
  /** Step title text or i18n key. */
  label: string;
  elements: UISchemaElement[];
}

/** Any element with child elements. */
export type Layout = VerticalLayout | HorizontalLayout | GroupLayout | Categorization | Category;

/** Narrows to a Control. */
export const isControl = (el: UISchemaElement): el is ControlElement => el.type === 'Control';
/** Narrows to an element with children. */
export const isLayout = (el: UISchemaElement): el is Layout =>
  Array.isArray((el as { elements?: unknown }).elements);
/** Narrows to a Categorization. */
export const isCategorization = (el: UISchemaElement): el is Categorization => el.type === 'Categorization';
/** Narrows to a Category. */
export const isCategory = (el: UISchemaElement): el is Category => el.type === 'Category';
/** Narrows to a Label. */
export const isLabel = (el: UISchemaElement): el is LabelElement => el.type === 'Label';
/** Narrows to a Group. */
export const isGroup = (el: UISchemaElement): el is GroupLayout => el.type === 'Group';
