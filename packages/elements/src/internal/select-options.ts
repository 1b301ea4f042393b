// SPDX-License-Identifier: MIT
/**
 * `fillSelect(select, labels, selected, placeholder, known)`: fills a `<select>` with one `<option>` per label
 * (value = its index) after an empty first option, and keeps the selection on the model's choice.
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

/** The option list a `<select>` was last filled with (see `fillSelect`). */
export interface FilledList {
  labels: readonly string[];
  placeholder: string;
}

/**
 * Fills `select` with an empty first option (`placeholder`) and the `labels` unless `known` (what it was filled
 * with last) says it already holds them, and selects index `selected` (-1: none). Returns what it now holds. For
 * widgets that build their DOM without a template.
 */
export function fillSelect(select: HTMLSelectElement, labels: readonly string[], selected: number, placeholder: string, known?: FilledList): FilledList {
  let list = known;
  const had = known?.labels;
  if (!had || placeholder !== known.placeholder || (had !== labels && (had.length !== labels.length || labels.some((l, i) => l !== had[i])))) {
    select.replaceChildren(optionsFor(placeholder, labels));
    list = { labels, placeholder };
  }
  if (select.selectedIndex !== selected + 1) select.selectedIndex = selected + 1;
  return list!;
}
