// SPDX-License-Identifier: MIT
import { setAttrs, type AttrValue } from '../../internal/attrs.js';
import type { FieldModel } from '../../internal/field-model.js';
import { DomFieldElement, FieldLabel, NotesSlot, element } from '../shared/dom-field-element.js';
import { textOf } from '../shared/same-value.js';
import { renderNotes } from '../shared/field-parts.js';
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
export class TkTextarea extends DomFieldElement {
  static override styles = [fieldStyles, textareaStyles];

  /** The text as typed. */
  protected draft = '';
  /** What the polite live region says: updated only after typing pauses, so a screen reader is not flooded. */
  protected announcement = '';

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
    this.requestUpdate();
    this.scheduleAnnouncement();
  }

  private scheduleAnnouncement(): void {
    const max = this.maxLength;
    if (max === undefined) return;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.strings.charsRemaining(max - countCharacters(this.draft));
      this.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  /** The nodes `build` made (the count's only once a `maxLength` first applies). */
  private nodes?: TextareaNodes;

  /** Wrapper, label, notes (hint, badge, error: rendered only when there are some) and the text area. */
  protected build(): void {
    const label = new FieldLabel('label');
    const control = element('textarea', { part: 'control', class: 'tk-field__control tk-textarea__control' });
    control.addEventListener('input', (e) => this.handleInput(e));
    const base = element('div', { part: 'base' }, label.element, control);
    this.nodes = { base, label, notes: new NotesSlot(base, control, this), control };
    this.append(base);
  }

  protected patch(field: FieldModel): void {
    const nodes = this.nodes!;
    const s = this.strings;
    const max = this.maxLength;
    const id = field.id;
    const baseClass = this.invalid ? 'tk-field tk-textarea tk-field--invalid' : 'tk-field tk-textarea';
    if (nodes.base.className !== baseClass) nodes.base.className = baseClass;
    nodes.label.patch(field, s, id);
    nodes.notes.render(renderNotes(field, s, this.localError));
    const attrs = {
      id,
      rows: typeof field.options.rows === 'number' ? field.options.rows : 5,
      placeholder: field.placeholder,
      autocomplete: typeof field.options.autocomplete === 'string' ? field.options.autocomplete : undefined,
      'aria-describedby': this.describedBy(max !== undefined && `${id}-count-info`),
      'aria-invalid': this.invalid ? 'true' : undefined,
      'aria-required': field.required ? 'true' : undefined,
      readonly: field.readonly,
      disabled: !field.enabled,
    };
    setAttrs(nodes.control, attrs, nodes.attrs);
    nodes.attrs = attrs;
    // Compared with the control's own value (Lit's `live`): what the citizen typed stays until the draft differs.
    if (nodes.control.value !== this.draft) nodes.control.value = this.draft;
    this.patchCount(nodes, field, max);
  }

  /**
   * The count, GOV.UK style: a static "up to N characters" sentence read with the field (aria-describedby), a
   * visible count hidden from screen readers (it changes on every key), and a separate polite live region that
   * speaks the same count once typing pauses. Made the first time a `maxLength` applies, after the text area;
   * taken out (and kept, to put back) while the schema sets none.
   */
  private patchCount(nodes: TextareaNodes, field: FieldModel, max: number | undefined): void {
    let count = nodes.count;
    if (max === undefined) {
      if (count && count.info.parentNode === nodes.base) for (const node of [count.info, count.visible, count.live]) node.remove();
      return;
    }
    if (!count) {
      count = nodes.count = {
        info: element('div', { class: 'tk-visually-hidden' }),
        visible: element('div', { part: 'count', 'aria-hidden': 'true' }),
        live: element('div', { class: 'tk-visually-hidden tk-textarea__live', 'aria-live': 'polite' }),
        infoText: document.createTextNode(''),
        visibleText: document.createTextNode(''),
        liveText: document.createTextNode(''),
        visibleClass: '',
      };
      count.info.append(count.infoText);
      count.visible.append(count.visibleText);
      count.live.append(count.liveText);
    }
    if (count.info.parentNode !== nodes.base) nodes.base.append(count.info, count.visible, count.live);
    const s = this.strings;
    const infoId = `${field.id}-count-info`;
    if (count.info.id !== infoId) count.info.id = infoId;
    setText(count.infoText, s.charLimit(max));
    const remaining = max - countCharacters(this.draft);
    const visibleClass = remaining < 0 ? 'tk-textarea__count tk-textarea__count--over' : 'tk-textarea__count';
    if (count.visibleClass !== visibleClass) count.visible.className = count.visibleClass = visibleClass;
    setText(count.visibleText, s.charsRemaining(remaining));
    setText(count.liveText, this.announcement);
  }
}

/** The nodes of one `<tk-textarea>`. */
interface TextareaNodes {
  base: HTMLDivElement;
  label: FieldLabel;
  notes: NotesSlot;
  control: HTMLTextAreaElement;
  /** The control's attributes at the last patch. */
  attrs?: Record<string, AttrValue>;
  /** The character count, once a `maxLength` applied. */
  count?: CountNodes;
}

/** The three elements of the character count and their text nodes. */
interface CountNodes {
  /** "Bạn có thể nhập tối đa N ký tự." (visually hidden, `<id>-count-info`, in the control's description). */
  info: HTMLDivElement;
  /** "Bạn còn N ký tự." (visible, `aria-hidden`). */
  visible: HTMLDivElement;
  /** The polite live region. */
  live: HTMLDivElement;
  infoText: Text;
  visibleText: Text;
  liveText: Text;
  /** The class of `visible` at the last patch. */
  visibleClass: string;
}

/** Sets a text node's data when it differs (a write would re-layout, and screen readers may re-read a live region). */
const setText = (node: Text, text: string): void => {
  if (node.data !== text) node.data = text;
};
