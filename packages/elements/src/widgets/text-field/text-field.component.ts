// SPDX-License-Identifier: MIT
import { setAttrs, type AttrValue } from '../../internal/attrs.js';
import type { FieldModel } from '../../internal/field-model.js';
import { DomFieldElement, FieldLabel, NotesSlot, element } from '../shared/dom-field-element.js';
import { textOf } from '../shared/same-value.js';
import { renderNotes } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import { textFieldStyles } from './text-field.styles.js';

/** The `inputmode` values a text widget may ask for. */
export type InputMode = 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'url' | 'search' | 'none';

/**
 * @tagname tk-text-field
 * @summary A single-line text input bound to one string property of a form.
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - Every edit; `detail.value` is the NFC-normalized text, or `undefined` when empty.
 * @event tk-field-commit - Focus left the field.
 *
 * @csspart base - The wrapper of label, hint, badge, error and control.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge ("Từ VNeID").
 * @csspart error - The error message.
 * @csspart control - The native `<input>`.
 *
 * @cssproperty --tk-text-field-width - Width of the input. Default: 100% up to 32em.
 */
export class TkTextField extends DomFieldElement {
  static override styles = [fieldStyles, textFieldStyles];

  /** The text shown in the input (kept as typed; the stored value is derived from it). */
  protected draft = '';

  /** The native input `type`. */
  protected inputType: 'text' | 'email' | 'tel' | 'url' = 'text';
  /** The virtual keyboard to ask for, when the type does not imply it. */
  protected keyboard: InputMode | undefined = undefined;
  /** The `autocomplete` token when the control's `options.autocomplete` gives none. */
  protected defaultAutocomplete: string | undefined = undefined;
  /** Whether to turn off spell checking and auto-capitalisation (addresses, codes). */
  protected literal = false;

  /** Converts typed text to the stored value: NFC (Vietnamese IMEs may type decomposed marks); empty is `undefined`. */
  protected toValue(text: string): unknown {
    const normalized = text.normalize('NFC');
    return normalized === '' ? undefined : normalized;
  }

  /** Converts a stored value to the text shown. */
  protected toText(value: unknown): string {
    return textOf(value);
  }

  protected override syncFromValue(value: unknown): void {
    this.draft = this.toText(value);
  }

  protected handleInput(event: Event): void {
    this.draft = (event.target as HTMLInputElement).value;
    this.emitInput(this.toValue(this.draft));
    this.requestUpdate();
  }

  /** The class of the wrapper (subclasses add their own modifier). */
  protected wrapperClass(): string {
    return this.invalid ? 'tk-field tk-text-field tk-field--invalid' : 'tk-field tk-text-field';
  }

  /** The nodes `build` made. */
  private nodes?: { base: HTMLDivElement; label: FieldLabel; notes: NotesSlot; input: HTMLInputElement; attrs?: Record<string, AttrValue> };

  /** Wrapper, label, notes (hint, badge, error: rendered only when there are some) and the input. */
  protected build(): void {
    const label = new FieldLabel('label');
    const input = element('input', { part: 'control', class: 'tk-field__control tk-text-field__input' });
    input.addEventListener('input', (e) => this.handleInput(e));
    const base = element('div', { part: 'base' }, label.element, input);
    this.nodes = { base, label, notes: new NotesSlot(base, input, this), input };
    this.append(base);
  }

  protected patch(field: FieldModel): void {
    const nodes = this.nodes!;
    const s = this.strings;
    const id = field.id;
    const autocomplete = typeof field.options.autocomplete === 'string' ? field.options.autocomplete : this.defaultAutocomplete;
    const wrapperClass = this.wrapperClass();
    if (nodes.base.className !== wrapperClass) nodes.base.className = wrapperClass;
    nodes.label.patch(field, s, id);
    nodes.notes.render(renderNotes(field, s, this.localError));
    const attrs = {
      id,
      type: this.inputType,
      placeholder: field.placeholder,
      autocomplete,
      inputmode: this.keyboard,
      spellcheck: this.literal ? 'false' : undefined,
      autocapitalize: this.literal ? 'off' : undefined,
      'aria-describedby': this.describedBy(),
      'aria-invalid': this.invalid ? 'true' : undefined,
      'aria-required': field.required ? 'true' : undefined,
      readonly: field.readonly,
      disabled: !field.enabled,
    };
    setAttrs(nodes.input, attrs, nodes.attrs);
    nodes.attrs = attrs;
    // Compared with the input's own value (Lit's `live`): what the citizen typed stays until the draft differs.
    if (nodes.input.value !== this.draft) nodes.input.value = this.draft;
  }
}
