// SPDX-License-Identifier: MIT
import { nothing, render } from 'lit';
import { setAttrs, type AttrValue } from '../../internal/attrs.js';
import type { FieldModel } from '../../internal/field-model.js';
import { EMPTY_DATE, partsFromValue, readDate, splitWholeDate, type DatePart, type DateParts } from '../shared/date-parts.js';
import { DomFieldElement, FieldLabel, NotesSlot, element } from '../shared/dom-field-element.js';
import { leavesWidget } from '../shared/field-plumbing.js';
import { renderStatus } from '../shared/field-parts.js';
import { safeMarkdown } from '../../internal/safe-markdown.js';
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
export class TkDateField extends DomFieldElement {
  static override styles = [fieldStyles, dateFieldStyles];

  /** What each box holds, as typed. */
  protected parts: DateParts = { ...EMPTY_DATE };

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

  /**
   * What was shown when focus came into the boxes from outside: the form's errors for the field, which box carried
   * `field.id` and which were flagged. While the citizen is still typing the date there (a needed box still
   * empty), the widget keeps showing these instead of the errors each keystroke brings: a date is three boxes,
   * and "not a real date" after its first digit, or `field.id` moving off the box being typed in, would scold and
   * confuse mid-entry. An error goes as soon as the date is right ("reward early"); a new one waits until the
   * date is finished or focus leaves ("punish late").
   */
  private held: { errors: FieldModel['errors']; idPart: DatePart; flagged: ReadonlySet<DatePart> } | undefined;

  /** Focus comes into the boxes from outside: remember what is shown (see `held`). */
  private readonly handleFocusIn = (event: FocusEvent): void => {
    const from = event.relatedTarget;
    if (this.held || (from instanceof Node && this.contains(from)) || !this.field) return;
    this.held = { errors: this.field.errors, idPart: this.idPart, flagged: this.invalidParts() };
  };

  /** Focus leaves the boxes: show the form's errors as they are. */
  private readonly handleFocusOut = (event: FocusEvent): void => {
    if (!this.held || !leavesWidget(this, event)) return;
    this.held = undefined;
    this.requestUpdate();
  };

  /** True while a needed box is still empty and another is filled: the citizen has not finished the date. */
  private unfinished(): boolean {
    const { day, month, year } = this.parts;
    const typed = [day, month, year].map((p) => p.trim() !== '');
    if (!typed.includes(true)) return false;
    return this.partial ? !typed[2] : typed.includes(false);
  }

  protected override shownField(field: FieldModel): FieldModel {
    const held = this.held;
    if (!held || field.errors.length === 0 || field.errors === held.errors || !this.unfinished()) return field;
    return { ...field, errors: held.errors };
  }

  /** The id of one box (see `idPart`). */
  protected partId(part: DatePart): string {
    return part === this.idPart ? this.field!.id : `${this.field!.id}-${part}`;
  }

  protected override syncFromValue(value: unknown): void {
    this.parts = partsFromValue(value);
  }

  private handleInput(part: DatePart, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    // A whole date typed or pasted into one box is spread over the three (people paste "15/03/2025").
    const whole = text.length > 4 ? splitWholeDate(text) : undefined;
    this.parts = whole ?? { ...this.parts, [part]: text };
    this.emitInput(readDate(this.parts, this.partial).value);
    this.requestUpdate();
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

  /** The attributes of one box that change with the field (the static ones are set by `build`). */
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

  /** The nodes `build` made. */
  private nodes?: DateFieldNodes;

  /**
   * A fieldset with role="group": JAWS does not read the description of a fieldset of text inputs without it
   * (GOV.UK date-input template). Hint and error are described on the group, so each box is announced as
   * "Ngày, group Ngày sinh, Ví dụ: 15 3 2025". The hint is always there (how to type a date), so it is one of the
   * built nodes rather than one of the notes; badge and error are the notes, between the hint and the boxes.
   */
  protected build(): void {
    const label = new FieldLabel('legend');
    // How to type a date is a text node of its own; the definition's description, when there is one, renders
    // before it (lit-html keeps that render's state on this node).
    const format = document.createTextNode('');
    const hint = element('div', { part: 'hint', class: 'tk-field__hint' }, format);
    const boxes = element('div', { class: 'tk-date-field__parts' });
    const base = element('fieldset', { part: 'base', role: 'group' }, label.element, hint, boxes);
    const parts = {} as Record<DatePart, DateBoxNodes>;
    for (const part of PARTS) {
      const text = document.createTextNode('');
      const partLabel = element('label', { part: 'part-label', class: 'tk-date-field__label' }, text);
      const input = element('input', {
        part: 'control',
        class: `tk-field__control tk-date-field__input tk-date-field__input--${part}`,
        type: 'text',
        inputmode: 'numeric',
        spellcheck: 'false',
      });
      // Added once; the handler reads the boxes and the field as they are when the citizen types.
      input.addEventListener('input', (event) => this.handleInput(part, event));
      boxes.append(element('div', { class: `tk-date-field__part tk-date-field__part--${part}` }, partLabel, input));
      parts[part] = { label: partLabel, text, input };
    }
    this.nodes = { base, label, hint, format, notes: new NotesSlot(base, boxes, this), parts };
    this.addEventListener('focusin', this.handleFocusIn);
    this.addEventListener('focusout', this.handleFocusOut);
    this.append(base);
  }

  protected patch(field: FieldModel): void {
    const nodes = this.nodes!;
    const s = this.strings;
    // Mid-entry with an error shown: the boxes flagged and the box with `field.id` stay as they were (see `held`).
    const typing = this.held !== undefined && field.errors.length > 0 && this.unfinished();
    const flagged = typing ? this.held!.flagged : this.invalidParts();
    this.idPart = typing ? this.held!.idPart : (PARTS.find((p) => flagged.has(p)) ?? 'day');
    const baseAttrs = {
      class: this.invalid ? 'tk-field tk-date-field tk-field--invalid' : 'tk-field tk-date-field',
      'aria-describedby': this.describedBy(!field.hint && `${field.id}-hint`),
      disabled: !field.enabled,
    };
    setAttrs(nodes.base, baseAttrs, nodes.baseAttrs);
    nodes.baseAttrs = baseAttrs;
    nodes.label.patch(field, s);
    this.patchHint(nodes, field);
    nodes.notes.render(renderStatus(field, s, this.localError));
    const texts: Record<DatePart, string> = { day: s.day, month: s.month, year: s.year };
    for (const part of PARTS) {
      const box = nodes.parts[part];
      const id = this.partId(part);
      if (box.label.htmlFor !== id) box.label.htmlFor = id;
      if (box.text.data !== texts[part]) box.text.data = texts[part];
      const attrs = this.boxAttributes(field, part, flagged);
      setAttrs(box.input, attrs, box.attrs);
      box.attrs = attrs;
      // Compared with the box's own value (Lit's `live`): what the citizen typed stays until the parts differ.
      if (box.input.value !== this.parts[part]) box.input.value = this.parts[part];
    }
  }

  /**
   * The hint: the definition's description (safe markdown, so lit-html renders it), then how to type a date (a
   * text node: most date fields have no description, and a lit-html render per field costs a 1000-field form
   * several milliseconds of its first render). The description is rendered again only when one of its texts changed.
   */
  private patchHint(nodes: DateFieldNodes, field: FieldModel): void {
    const s = this.strings;
    const id = `${field.id}-hint`;
    if (nodes.hint.id !== id) nodes.hint.id = id;
    const format = this.partial ? `${s.dateFormatHint}. ${s.partialDateHint}` : s.dateFormatHint;
    if (nodes.format.data !== format) nodes.format.data = format;
    const key = nodes.hintKey;
    if (key ? key.hint === field.hint && key.newTab === s.opensInNewTab : !field.hint) return;
    nodes.hintKey = { hint: field.hint, newTab: s.opensInNewTab };
    const description = field.hint ? [safeMarkdown(field.hint, { newTabText: s.opensInNewTab }), ' '] : nothing;
    render(description, nodes.hint, { renderBefore: nodes.format, host: this });
  }
}

/** The nodes of one `<tk-date-field>`. */
interface DateFieldNodes {
  base: HTMLFieldSetElement;
  label: FieldLabel;
  hint: HTMLDivElement;
  /** The hint's last text: how to type a date. */
  format: Text;
  /** Prefill badge and error, between the hint and the boxes. */
  notes: NotesSlot;
  parts: Record<DatePart, DateBoxNodes>;
  /** The fieldset's attributes at the last patch. */
  baseAttrs?: Record<string, AttrValue>;
  /** The texts the hint's description was last rendered from (none yet: never rendered). */
  hintKey?: { hint: string | undefined; newTab: string };
}

/** One box: its label (and the label's text) and its input. */
interface DateBoxNodes {
  label: HTMLLabelElement;
  text: Text;
  input: HTMLInputElement;
  /** The input's attributes at the last patch. */
  attrs?: Record<string, AttrValue>;
}
