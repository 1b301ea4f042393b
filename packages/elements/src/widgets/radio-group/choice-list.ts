// SPDX-License-Identifier: MIT
/**
 * `ChoiceList`: the list of radios or checkboxes of `<tk-radio-group>` and `<tk-checkbox-group>`, drawn with DOM
 * calls. Each choice is
 * `<div class="tk-radio-group__item"><input part="control" class="tk-radio-group__input" type><label
 * part="choice-label" class="tk-radio-group__label" for>label</label></div>`.
 *
 * The items are kept by index, as Lit's unkeyed `choices.map(...)` kept them: a patch with the same choices only
 * touches what differs (checked state, attributes); a changed label is a `Text.data` write; when the count changes,
 * items are added or removed at the end. So an update never replaces the control the citizen is on (focus stays),
 * not even when the labels change language. Listeners are added once, when an item is made (`listen`); they read
 * the choice's index from the input's `value` and the choices from the field at event time.
 */
import { setAttrs, type AttrValue } from '../../internal/attrs.js';
import { guardReadonlySelection, type Choice } from '../shared/choices.js';
import { element } from '../shared/dom-field-element.js';

/** The state of one choice's input: its attributes (`id` is also its label's `for`) and whether it is checked. */
export interface ChoiceState {
  attrs: { id: string } & Record<string, AttrValue>;
  checked: boolean;
}

/** The nodes of one choice. */
interface ChoiceItem {
  item: HTMLDivElement;
  input: HTMLInputElement;
  label: HTMLLabelElement;
  text: Text;
  attrs?: Record<string, AttrValue>;
}

/** The `<div>` of choices and the items in it. */
export class ChoiceList {
  /** The list element (its class is set by `patch`). */
  readonly element = element('div');
  private readonly items: ChoiceItem[] = [];
  private className = '';

  /**
   * @param type The inputs' type.
   * @param onChange The `change` listener of every input.
   * @param isReadonly Whether the field is read-only now: a click or selection key on an input is then cancelled
   *   (radios and checkboxes have no `readonly`).
   */
  constructor(
    private readonly type: 'radio' | 'checkbox',
    private readonly onChange: (event: Event) => void,
    private readonly isReadonly: () => boolean | undefined,
  ) {}

  /** Brings the list up to `choices`: its class, one item per choice, each with its label, attributes and state. */
  patch(choices: readonly Choice[], className: string, stateOf: (index: number) => ChoiceState): void {
    if (this.className !== className) this.element.className = this.className = className;
    const items = this.items;
    while (items.length > choices.length) items.pop()!.item.remove();
    for (let i = 0; i < choices.length; i++) {
      const item = items[i] ?? this.add();
      const text = choices[i].label;
      if (item.text.data !== text) item.text.data = text;
      const state = stateOf(i);
      setAttrs(item.input, state.attrs, item.attrs);
      item.attrs = state.attrs;
      if (item.label.htmlFor !== state.attrs.id) item.label.htmlFor = state.attrs.id;
      // Compared with the input's own state (Lit's `live`): only a difference is written.
      if (item.input.checked !== state.checked) item.input.checked = state.checked;
    }
  }

  /** Keeps a read-only group's choice (one function for every input of the list). */
  private readonly guard = (event: Event): void => guardReadonlySelection(this.isReadonly(), event);

  /** Makes the next item, with its listeners, and appends it. */
  private add(): ChoiceItem {
    const input = element('input', { part: 'control', class: 'tk-radio-group__input', type: this.type });
    input.addEventListener('change', this.onChange);
    input.addEventListener('click', this.guard);
    input.addEventListener('keydown', this.guard);
    const text = document.createTextNode('');
    const label = element('label', { part: 'choice-label', class: 'tk-radio-group__label' }, text);
    const item: ChoiceItem = { item: element('div', { class: 'tk-radio-group__item' }, input, label), input, label, text };
    this.items.push(item);
    this.element.append(item.item);
    return item;
  }
}
