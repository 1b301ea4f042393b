// SPDX-License-Identifier: MIT
/**
 * `selectOptions(labels, selected, placeholder)`: an element directive that fills a `<select>` with one `<option>`
 * per label (value = its index) after an empty first option, and keeps the selection on the model's choice.
 *
 * Why not a Lit template per option: a list of eight choices would be eight template instances (a clone, a tree
 * walk, three bindings and two markers each) for every select of the form; this makes the options with
 * `new Option(text, value)` (text, never parsed as HTML) and afterwards only compares the labels. The selection
 * is set on every render, as `live()` would: a read-only list the citizen changed goes back.
 *
 * A form repeats its lists (every section's sex, occupation or yes/no): options made once for a placeholder and
 * labels are kept as a fragment, and the next select with the same list gets a deep clone of it (one native call
 * instead of a `new Option` per choice; a third of a 1,000-field form's select time). The cache holds at most
 * `MAX_LISTS` lists and is emptied when full; clones share nothing with it.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { DEV_MODE } from './dev-mode.js';

/** How many distinct option lists are kept (a form has a few; admin-unit communes vary and are not worth more). */
const MAX_LISTS = 64;

/** Option lists made before, by their placeholder and labels (`listKey`). */
const madeLists = new Map<string, DocumentFragment>();

/** The key of a list: placeholder and labels, separated by a character no label holds (U+0000). */
const listKey = (placeholder: string, labels: readonly string[]): string => placeholder + '\u0000' + labels.join('\u0000');

/** New `<option>` elements for a placeholder and labels: a clone of a list made before, or made now and kept. */
function optionsFor(placeholder: string, labels: readonly string[]): Node {
  const key = listKey(placeholder, labels);
  let list = madeLists.get(key);
  if (!list) {
    list = document.createDocumentFragment();
    list.append(new Option(placeholder, ''));
    for (let i = 0; i < labels.length; i++) list.append(new Option(labels[i], String(i)));
    if (madeLists.size >= MAX_LISTS) madeLists.clear();
    madeLists.set(key, list);
  }
  return list.cloneNode(true);
}

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
      select.replaceChildren(optionsFor(placeholder, labels));
      this.labels = labels;
      this.placeholder = placeholder;
    }
    if (select.selectedIndex !== selected + 1) select.selectedIndex = selected + 1;
    return noChange;
  }
}

/** Fills a `<select>` with an empty first option (`placeholder`) and the `labels`; selects index `selected` (-1: none). */
export const selectOptions = directive(SelectOptionsDirective);
