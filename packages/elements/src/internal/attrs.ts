// SPDX-License-Identifier: MIT
/**
 * `attrs({...})`: an element directive that sets several attributes in one binding, for the widgets written as Lit
 * templates; `setAttrs(element, attributes, last)` does the same for the widgets drawn with DOM calls (their
 * `patch`). A string or number is set as the value, `true` as an empty (boolean) attribute, and `false`,
 * `undefined` and `null` remove the attribute. Only what changed since the last render is touched.
 *
 * Why: each `name=${value}` binding is a part of its own that Lit creates when it clones the template and
 * commits on every render (for `ifDefined(undefined)` that is a `removeAttribute` call on a fresh element).
 * A text field's input has a dozen attributes, most of them absent; a form of 1000 fields renders them all on
 * its first paint. One part per element, and nothing done for an attribute that stays absent, is much less work.
 * Values are set as attributes only (never as HTML), like any Lit attribute binding.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { DEV_MODE } from './dev-mode.js';

/** An attribute value: text, a boolean attribute (`true`), or absent (`false`, `undefined`, `null`). */
export type AttrValue = string | number | boolean | undefined | null;

const absent = (value: AttrValue): boolean => value === undefined || value === null || value === false;

class AttrsDirective extends Directive {
  /** The attributes of the last render (none yet: the first render only sets what is present). */
  private last: Readonly<Record<string, AttrValue>> | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (DEV_MODE && part.type !== PartType.ELEMENT) throw new Error('attrs() belongs in an element tag');
  }

  render(_attributes: Readonly<Record<string, AttrValue>>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [attributes]: [Readonly<Record<string, AttrValue>>]): unknown {
    setAttrs(part.element, attributes, this.last);
    this.last = attributes;
    return noChange;
  }
}

/**
 * Sets `attributes` on `element`, touching only what differs from `last` (the attributes set before; `undefined` on
 * the first call, which only sets what is present). For widgets that build their DOM without a template.
 */
export function setAttrs(element: Element, attributes: Readonly<Record<string, AttrValue>>, last?: Readonly<Record<string, AttrValue>>): void {
  if (last === undefined) {
    // A form's first render makes every widget: nothing to compare or remove yet.
    for (const name in attributes) {
      const value = attributes[name];
      if (!absent(value)) element.setAttribute(name, value === true ? '' : String(value));
    }
    return;
  }
  for (const name in attributes) {
    const value = attributes[name];
    const before = last[name];
    if (value === before || (absent(value) && absent(before))) continue;
    if (absent(value)) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const name in last) if (!(name in attributes) && !absent(last[name])) element.removeAttribute(name);
}

/** Sets the attributes of the element it is bound in (see the module comment). */
export const attrs = directive(AttrsDirective);
