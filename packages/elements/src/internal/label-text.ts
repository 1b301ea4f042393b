// SPDX-License-Identifier: MIT
/**
 * `labelText(label, required)`: an element directive for a field's `<label>` or `<legend>` that writes the label
 * as a text node before the element's last child, a `<span class="tk-field__required">` in the template, and the
 * required marker (" (bắt buộc)", or '' for an optional field) as that span's text. Used by the Lit widgets
 * (through field-parts.ts `renderLabel` / `renderLegend`); the widgets drawn with DOM calls make the same two text
 * nodes in `FieldLabel` (widgets/shared/dom-field-element.ts).
 *
 * Why not `>${label}<span>${required}</span>`: each of those child bindings is a part of its own, with a comment
 * marker in the DOM, for every field of the form (a form of 1000 fields renders them all on its first paint).
 * One element part, two text nodes and no markers do the same. Both strings are set as text (`Text.data`), never
 * parsed as HTML, like any Lit text binding.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { DEV_MODE } from './dev-mode.js';

class LabelTextDirective extends Directive {
  /** The label's text node (made on the first update). */
  private label: Text | undefined;
  /** The required marker's text node inside the span. */
  private required: Text | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (DEV_MODE && part.type !== PartType.ELEMENT) throw new Error('labelText() belongs in a <label> or <legend> tag');
  }

  render(_label: string, _required: string): unknown {
    return noChange;
  }

  override update(part: ElementPart, [label, required]: [string, string]): unknown {
    if (!this.label) {
      const element = part.element;
      const span = element.lastElementChild;
      if (DEV_MODE && !span?.classList.contains('tk-field__required')) {
        throw new Error('labelText() needs a <span class="tk-field__required"> as the last child of its element');
      }
      this.label = document.createTextNode(label);
      this.required = document.createTextNode(required);
      element.insertBefore(this.label, span);
      span!.append(this.required);
      return noChange;
    }
    if (this.label.data !== label) this.label.data = label;
    if (this.required!.data !== required) this.required!.data = required;
    return noChange;
  }
}

/** Writes a field's label and required marker as text (see the module comment). */
export const labelText = directive(LabelTextDirective);
