// SPDX-License-Identifier: MIT
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { attrs, type AttrValue } from '../../internal/attrs.js';
import { labelText } from '../../internal/label-text.js';
import type { FieldModel } from '../../internal/field-model.js';
import { EMPTY_DATE, partsFromValue, readDate, splitWholeDate, type DatePart, type DateParts } from '../shared/date-parts.js';
import { TkFieldElement } from '../shared/field-element.js';
import { hintContent, labelClass, renderStatus, requiredText } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import { dateFieldStyles } from './date-field.styles.js';

/** The boxes in the order Vietnamese writes a date. */
const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/** No box flagged (a valid or untouched date: the usual case, so one shared set). */
const NO_PARTS: ReadonlySet<DatePart> = new Set();

/**
 * @tagname tk-date-field
 * @summary A date typed as day, month and year in three boxes (GOV.UK date-input pattern), stored as ISO 8601
 * (`yyyy-mm-dd`; `yyyy` or `yyyy-mm` for `format: vn-partial-date`).
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - Every edit; `detail.value` is the ISO date, `undefined` when all boxes are empty, or the
 * typed text `dd/mm/yyyy` when it is not a real (or complete) date, so core reports it and nothing is lost.
 * @event tk-field-commit - Focus left the three boxes.
 *
 * @csspart base - The `<fieldset>`.
 * @csspart label - The `<legend>`.
 * @csspart hint - The hint (the definition's description and how to type a date).
 * @csspart badge - The prefill badge.
 * @csspart error - The error message.
 * @csspart control - Each of the three `<input>`s.
 * @csspart part-label - The label of each box ("Ngày", "Tháng", "Năm").
 *
 * @cssproperty --tk-date-field-gap - Space between the boxes. Default: 1rem.
 */
export class TkDateField extends TkFieldElement {
  static override styles = [fieldStyles, dateFieldStyles];

  /** What each box holds, as typed. */
  @state() protected parts: DateParts = { ...EMPTY_DATE };

  /** True for `format: vn-partial-date`: the day, or the day and the month, may stay empty. */
  protected get partial(): boolean {
    return this.field?.schema.format === 'vn-partial-date';
  }

  /**
   * The box that carries `field.id`: the first box with a problem, else the day box. The error summary links to
   * `field.id` and `focus()` goes there, so "Năm phải có 4 chữ số" leads to the year box, not the day box
   * (GOV.UK date input: the summary links to the first input with an error). The others are `<id>-day|month|year`.
   */
  private idPart: DatePart = 'day';

  /** The id of one box (see `idPart`). */
  protected partId(part: DatePart): string {
    return part === this.idPart ? this.field!.id : `${this.field!.id}-${part}`;
  }

  protected override syncFromValue(value: unknown): void {
    this.parts = partsFromValue(value);
  }

  // One listener per box, made once per element (not a closure per render).
  private readonly handleDayInput = (event: Event): void => this.handleInput('day', event);
  private readonly handleMonthInput = (event: Event): void => this.handleInput('month', event);
  private readonly handleYearInput = (event: Event): void => this.handleInput('year', event);

  private handleInput(part: DatePart, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    // A whole date typed or pasted into one box is spread over the three (people paste "15/03/2025").
    const whole = text.length > 4 ? splitWholeDate(text) : undefined;
    this.parts = whole ?? { ...this.parts, [part]: text };
    this.emitInput(readDate(this.parts, this.partial).value);
  }

  /** The boxes to flag: the wrong ones when we can tell, all of them when core reports an error we cannot place. */
  private invalidParts(): ReadonlySet<DatePart> {
    if (!this.invalid) return NO_PARTS;
    const wrong = readDate(this.parts, this.partial).invalid;
    return new Set(wrong.length > 0 ? wrong : PARTS);
  }

  /** `autocomplete` per box: `options.autocomplete: "bday"` gives `bday-day`, `bday-month`, `bday-year`. */
  private autocomplete(part: DatePart): string | undefined {
    const token = this.field?.options.autocomplete;
    return typeof token === 'string' && token !== 'off' ? `${token}-${part}` : token === 'off' ? 'off' : undefined;
  }

  /** The attributes of one box that change with the field (the static ones are in the template). */
  private boxAttributes(field: FieldModel, part: DatePart, flagged: ReadonlySet<DatePart>): Record<string, AttrValue> {
    return {
      id: this.partId(part),
      autocomplete: this.autocomplete(part),
      'aria-invalid': flagged.has(part) ? 'true' : undefined,
      'aria-required': field.required && (part === 'year' || !this.partial) ? 'true' : undefined,
      readonly: field.readonly,
      disabled: !field.enabled,
    };
  }

  /**
   * A fieldset with role="group": JAWS does not read the description of a fieldset of text inputs without it
   * (GOV.UK date-input template). Hint and error are described on the group, so each box is announced as
   * "Ngày, group Ngày sinh, Ví dụ: 15 3 2025".
   *
   * The three boxes are written out in this one template rather than made by a template per box: a form of 1000
   * fields renders every date field on its first paint, and each template instance is a clone, a tree walk and two
   * comment markers more.
   */
  protected renderField(field: FieldModel): unknown {
    const s = this.strings;
    const flagged = this.invalidParts();
    this.idPart = PARTS.find((p) => flagged.has(p)) ?? 'day';
    const extraHint = this.partial ? `${s.dateFormatHint}. ${s.partialDateHint}` : s.dateFormatHint;
    // The hint is always there (how to type a date), so it is part of this template rather than of the notes.
    return html`<fieldset
      part="base"
      role="group"
      ${attrs({
        class: `tk-field tk-date-field${this.invalid ? ' tk-field--invalid' : ''}`,
        'aria-describedby': this.describedBy(!field.hint && `${field.id}-hint`),
        disabled: !field.enabled,
      })}
      ><legend part="label" ${attrs({ id: `${field.id}-label`, class: labelClass(field, true) })} ${labelText(field.label, requiredText(field, s))}
        ><span class="tk-field__required"></span></legend
      ><div id=${`${field.id}-hint`} part="hint" class="tk-field__hint">${hintContent(field, s, extraHint)}</div
      >${renderStatus(field, s, this.localError)}<div class="tk-date-field__parts"
        ><div class="tk-date-field__part tk-date-field__part--day"
          ><label part="part-label" class="tk-date-field__label" for=${this.partId('day')}>${s.day}</label
          ><input
            part="control"
            class="tk-field__control tk-date-field__input tk-date-field__input--day"
            type="text"
            inputmode="numeric"
            spellcheck="false"
            ${attrs(this.boxAttributes(field, 'day', flagged))}
            .value=${live(this.parts.day)}
            @input=${this.handleDayInput}
        /></div
        ><div class="tk-date-field__part tk-date-field__part--month"
          ><label part="part-label" class="tk-date-field__label" for=${this.partId('month')}>${s.month}</label
          ><input
            part="control"
            class="tk-field__control tk-date-field__input tk-date-field__input--month"
            type="text"
            inputmode="numeric"
            spellcheck="false"
            ${attrs(this.boxAttributes(field, 'month', flagged))}
            .value=${live(this.parts.month)}
            @input=${this.handleMonthInput}
        /></div
        ><div class="tk-date-field__part tk-date-field__part--year"
          ><label part="part-label" class="tk-date-field__label" for=${this.partId('year')}>${s.year}</label
          ><input
            part="control"
            class="tk-field__control tk-date-field__input tk-date-field__input--year"
            type="text"
            inputmode="numeric"
            spellcheck="false"
            ${attrs(this.boxAttributes(field, 'year', flagged))}
            .value=${live(this.parts.year)}
            @input=${this.handleYearInput}
        /></div
      ></div
      ></fieldset
    >`;
  }
}
