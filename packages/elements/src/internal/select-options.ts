// SPDX-License-Identifier: MIT
/**
 * `selectOptions(labels, selected, placeholder)`: an element directive that fills a `<select>` with one `<option>`
 * per label (value = its index) after an empty first option, and keeps the selection on the model's choice.
 *
 * Why not a Lit template per option: a list of eight choices would be eight template instances (a clone, a tree
 * walk, three bindings and two markers each) for every select of the form; this makes the options with
 * `new Option(text, value)` (text, never parsed as HTML) and afterwards only compares the labels. The selection
 * is set on every render, as `live()` would: a read-only list the citizen changed goes back.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { DEV_MODE } from './dev-mode.js';

class SelectOptionsDirective extends Directive {
  /** The labels and placeholder of the options made last. */
  private labels: readonly string[] | undefined;
  private placeholder = '';

  constructor(part: PartInfo) {
    super(part);
    if (DEV_MODE && part.type !== PartType.ELEMENT) throw new Error('selectOptions() belongs on a <select> element');
  }

  render(_labels: readonly string[], _selected: number, _placeholder: string): unknown {
    return noChange;
  }

  override update(part: ElementPart, [labels, selected, placeholder]: [readonly string[], number, string]): unknown {
    const select = part.element as HTMLSelectElement;
    const known = this.labels;
    if (placeholder !== this.placeholder || !known || (known !== labels && (known.length !== labels.length || labels.some((l, i) => l !== known[i])))) {
      select.replaceChildren(...[placeholder, ...labels].map((text, i) => new Option(text, i === 0 ? '' : String(i - 1))));
      this.labels = labels;
      this.placeholder = placeholder;
    }
    if (select.selectedIndex !== selected + 1) select.selectedIndex = selected + 1;
    return noChange;
  }
}

/** Fills a `<select>` with an empty first option (`placeholder`) and the `labels`; selects index `selected` (-1: none). */
export const selectOptions = directive(SelectOptionsDirective);
