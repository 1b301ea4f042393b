// SPDX-License-Identifier: MIT
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { attrs } from '../../internal/attrs.js';
import { labelText } from '../../internal/label-text.js';
import type { FieldModel } from '../../internal/field-model.js';
import { TkFieldElement } from '../shared/field-element.js';
import { textOf } from '../shared/same-value.js';
import { labelClass, renderNotes, requiredText } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import { textareaStyles } from './textarea.styles.js';

/** How long typing must pause before the remaining count is announced (GOV.UK character count waits the same). */
const ANNOUNCE_DELAY_MS = 1000;

/** Characters as JSON Schema's `maxLength` counts them: Unicode code points of the NFC text. */
export const countCharacters = (text: string): number => {
  // `[...nfc].length` without the array (every text area counts on first render): a surrogate pair is one code
  // point, a lone surrogate counts as one, as the string iterator does.
  const nfc = text.normalize('NFC');
  let count = nfc.length;
  for (let i = 0; i < nfc.length - 1; i++) {
    const c = nfc.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = nfc.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
};

/**
 * @tagname tk-textarea
 * @summary A multi-line text area (`options.multi` or `options.format: "textarea"`), with a character count when
 * the schema sets `maxLength`.
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - Every edit; `detail.value` is the NFC text, or `undefined` when empty.
 * @event tk-field-commit - Focus left the field.
 *
 * @csspart base - The wrapper.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge.
 * @csspart error - The error message.
 * @csspart control - The native `<textarea>`.
 * @csspart count - The visible character count.
 *
 * @cssproperty --tk-textarea-rows-height - Minimum height of the text area. Default: 6em.
 * @cssproperty --tk-color-count-over - Colour of the count when over the limit. Default: the error colour.
 */
export class TkTextarea extends TkFieldElement {
  static override styles = [fieldStyles, textareaStyles];

  /** The text as typed. */
  @state() protected draft = '';
  /** What the polite live region says: updated only after typing pauses, so a screen reader is not flooded. */
  @state() protected announcement = '';

  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** The `maxLength` of the schema, when the count applies. */
  protected get maxLength(): number | undefined {
    const max = this.field?.schema.maxLength;
    return typeof max === 'number' && max > 0 ? max : undefined;
  }

  protected override syncFromValue(value: unknown): void {
    this.draft = textOf(value);
  }

  override disconnectedCallback(): void {
    clearTimeout(this.announceTimer);
    super.disconnectedCallback();
  }

  private handleInput(event: Event): void {
    this.draft = (event.target as HTMLTextAreaElement).value;
    const normalized = this.draft.normalize('NFC');
    this.emitInput(normalized === '' ? undefined : normalized);
    this.scheduleAnnouncement();
  }

  private scheduleAnnouncement(): void {
    const max = this.maxLength;
    if (max === undefined) return;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.strings.charsRemaining(max - countCharacters(this.draft));
    }, ANNOUNCE_DELAY_MS);
  }

  /**
   * The count, GOV.UK style: a static "up to N characters" sentence read with the field (aria-describedby), a
   * visible count hidden from screen readers (it changes on every key), and a separate polite live region that
   * speaks the same count once typing pauses.
   */
  private renderCount(field: FieldModel, max: number): unknown {
    const remaining = max - countCharacters(this.draft);
    return html`<div id="${field.id}-count-info" class="tk-visually-hidden">${this.strings.charLimit(max)}</div>
      <div part="count" class="tk-textarea__count ${remaining < 0 ? 'tk-textarea__count--over' : ''}" aria-hidden="true">
        ${this.strings.charsRemaining(remaining)}
      </div>
      <div class="tk-visually-hidden tk-textarea__live" aria-live="polite">${this.announcement}</div>`;
  }

  protected renderField(field: FieldModel): unknown {
    const s = this.strings;
    const max = this.maxLength;
    const rows = typeof field.options.rows === 'number' ? field.options.rows : 5;
    const id = field.id;
    return html`<div part="base" class="tk-field tk-textarea ${this.invalid ? 'tk-field--invalid' : ''}"
      ><label part="label" ${attrs({ id: `${id}-label`, class: labelClass(field), for: id })} ${labelText(field.label, requiredText(field, s))}
        ><span class="tk-field__required"></span></label
      >${renderNotes(field, s, this.localError)}<textarea
        part="control"
        class="tk-field__control tk-textarea__control"
        ${attrs({
          id,
          rows,
          placeholder: field.placeholder,
          autocomplete: typeof field.options.autocomplete === 'string' ? field.options.autocomplete : undefined,
          'aria-describedby': this.describedBy(max !== undefined && `${id}-count-info`),
          'aria-invalid': this.invalid ? 'true' : undefined,
          'aria-required': field.required ? 'true' : undefined,
          readonly: field.readonly,
          disabled: !field.enabled,
        })}
        .value=${live(this.draft)}
        @input=${(e: Event) => this.handleInput(e)}
      ></textarea
      >${max !== undefined ? this.renderCount(field, max) : nothing}</div
    >`;
  }
}
