// SPDX-License-Identifier: MIT
import { setAttrs, type AttrValue } from '../../internal/attrs.js';
import type { FieldModel } from '../../internal/field-model.js';
import { fillSelect, type FilledList } from '../../internal/select-options.js';
import { choicesOf, indexOfValue, type Choice } from '../shared/choices.js';
import { DomFieldElement, FieldLabel, NotesSlot, element } from '../shared/dom-field-element.js';
import { renderNotes } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import { selectStyles } from './select.styles.js';

/** Keys a read-only select still lets through (moving on, not changing the value). */
const READONLY_KEYS = new Set(['Tab', 'Shift', 'Escape']);

/**
 * @tagname tk-select
 * @summary A native drop-down list for one choice (`enum` or `oneOf` consts): the default beyond five choices, or
 * with `options.format: "select"`. Native, so it works with every keyboard, screen reader and phone picker.
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - A choice was picked; `detail.value` is the choice's value (typed as in the schema), or
 * `undefined` for the empty first option.
 * @event tk-field-commit - Emitted with every pick (a pick is a finished answer) and when focus leaves.
 *
 * @csspart base - The wrapper.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge.
 * @csspart error - The error message.
 * @csspart control - The native `<select>`.
 *
 * @cssproperty --tk-select-width - Width of the list. Default: auto, up to 100%.
 */
export class TkSelect extends DomFieldElement {
  static override styles = [fieldStyles, selectStyles];

  /**
   * The nodes `build` made; `choices` are the ones the options were last drawn from (an option's value is its
   * index among them), `list` what `fillSelect` last filled the select with.
   */
  private nodes?: {
    base: HTMLDivElement;
    label: FieldLabel;
    notes: NotesSlot;
    select: HTMLSelectElement;
    choices: Choice[];
    list?: FilledList;
    attrs?: Record<string, AttrValue>;
  };

  /** A pick: the option's value is an index into the choices drawn last (read now, not when the select was made). */
  private handleChange(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const choices = this.nodes!.choices;
    if (!this.interactive) {
      select.selectedIndex = indexOfValue(choices, this.value) + 1;
      return;
    }
    const value = select.value === '' ? undefined : choices[Number(select.value)]?.value;
    this.emitInput(value);
    this.emitCommit(value);
  }

  /** A read-only select stays focusable and readable, but keys and clicks do not change or open it. */
  private handleKeydown(event: KeyboardEvent): void {
    if (this.field?.readonly && !READONLY_KEYS.has(event.key)) event.preventDefault();
  }

  private handleMousedown(event: MouseEvent): void {
    if (this.field?.readonly) event.preventDefault();
  }

  /** Wrapper, label, notes (hint, badge, error: rendered only when there are some) and the select; listeners once. */
  protected build(): void {
    const label = new FieldLabel('label');
    const select = element('select', { part: 'control', class: 'tk-field__control tk-select__control' });
    select.addEventListener('change', (e) => this.handleChange(e));
    select.addEventListener('keydown', (e) => this.handleKeydown(e));
    select.addEventListener('mousedown', (e) => this.handleMousedown(e));
    const base = element('div', { part: 'base' }, label.element, select);
    this.nodes = { base, label, notes: new NotesSlot(base, select, this), select, choices: [] };
    this.append(base);
  }

  protected patch(field: FieldModel): void {
    const nodes = this.nodes!;
    const s = this.strings;
    const id = field.id;
    const choices = choicesOf(field, s);
    const wrapperClass = this.invalid ? 'tk-field tk-select tk-field--invalid' : 'tk-field tk-select';
    if (nodes.base.className !== wrapperClass) nodes.base.className = wrapperClass;
    nodes.label.patch(field, s, id);
    nodes.notes.render(renderNotes(field, s, this.localError));
    const attrs = {
      id,
      autocomplete: typeof field.options.autocomplete === 'string' ? field.options.autocomplete : undefined,
      'aria-describedby': this.describedBy(),
      'aria-invalid': this.invalid ? 'true' : undefined,
      'aria-required': field.required ? 'true' : undefined,
      'aria-readonly': field.readonly ? 'true' : undefined,
      disabled: !field.enabled,
    };
    setAttrs(nodes.select, attrs, nodes.attrs);
    nodes.attrs = attrs;
    nodes.choices = choices;
    // Options are remade only when the labels or the placeholder change; the selection is compared with the
    // select's own (as `live()` did), so a read-only list the citizen changed goes back.
    const labels = choices.map((c) => c.label);
    nodes.list = fillSelect(nodes.select, labels, indexOfValue(choices, this.value), s.selectPlaceholder, nodes.list);
  }
}
