// SPDX-License-Identifier: MIT
import { itemName, optionText } from './item-name.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { attrs } from '../../internal/attrs.js';
import type { FieldModel } from '../../internal/field-model.js';
import { issueWarning } from '../../internal/dev-mode.js';
import type { ChildRenderer } from '../shared/child-renderer.js';
import { emptyValueOf } from '../shared/empty-value.js';
import { TkFieldElement } from '../shared/field-element.js';
import { renderLegend, renderNotes } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import { repeatGroupStyles } from './repeat-group.styles.js';

/** A definition text given in `options`: a resolved string, or one text per locale. */

/** Where focus goes after the next render (`field`: the item's first control, else its legend). */
type FocusTarget = { kind: 'field' | 'legend' | 'up' | 'down'; index: number } | { kind: 'add' } | { kind: 'group' };

/** The controls a citizen fills in, in an item. */
const CONTROL = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * @tagname tk-repeat-group
 * @summary An array of objects as a repeatable group (GOV.UK "add another"): one legend-named group per item
 * ("Thành viên 1"), with Remove and, when `options.showSortButtons`, Move up / Move down buttons; an Add button
 * while `maxItems` allows; focus and a polite announcement follow every action.
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - An item was added, removed or moved; `detail.value` is the new array.
 * @event tk-field-commit - Emitted with every action (each is a finished change).
 *
 * @csspart base - The outer `<fieldset>` (carries `field.id`).
 * @csspart label - The outer `<legend>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge.
 * @csspart error - The array's own error message (for example too few items).
 * @csspart item - Each item's `<fieldset>`.
 * @csspart item-label - Each item's `<legend>` ("Thành viên 1").
 * @csspart button - The add, remove and move buttons.
 *
 * @cssproperty --tk-repeat-item-border - Border between items. Default: 1px solid #b1b4b6.
 */
export class TkRepeatGroup extends TkFieldElement {
  static override styles = [fieldStyles, repeatGroupStyles];

  /** Renders the controls of item `index` (set by `<tk-form>`); see `ChildRenderer`. */
  @property({ attribute: false }) renderChild?: ChildRenderer;

  /** What the polite live region says after the last action. */
  @state() protected announcement = '';

  private pendingFocus: FocusTarget | undefined;

  /** Containers never commit on blur: their child controls do. */
  protected override commitOnFocusOut = false;

  /** The current items. */
  protected get items(): unknown[] {
    return Array.isArray(this.value) ? (this.value as unknown[]) : [];
  }

  /** A text from `options` in the field's locale. */
  /** The legend of item `n` (1-based): `options.itemLabel` ("Thành viên {n}", or "Thành viên" + n), or "Mục n". */
  protected itemLabel(n: number): string {
    return itemName(this.field!.options.itemLabel, this.field!.locale, n, this.strings);
  }

  /** The add button's text: `options.addLabel`, else "Thêm" + the item noun ("Thêm thành viên"). */
  private addLabel(): string {
    const own = optionText(this.field!.options.addLabel, this.field!.locale);
    if (own) return own;
    const template = optionText(this.field!.options.itemLabel, this.field!.locale);
    const noun = template?.replace(/\{n\}/g, '').trim();
    return this.strings.addItem(noun ? noun.charAt(0).toLocaleLowerCase(this.field!.locale) + noun.slice(1) : this.strings.itemNoun);
  }

  /**
   * A new item: the item schema's natural empty value (`emptyValueOf`): `{}` with the properties' defaults for
   * objects, `""` for strings, `false` for booleans, `null` for numbers, or the item's own `default`.
   */
  private newItem(): unknown {
    const items = this.field!.schema.items;
    return emptyValueOf(items && typeof items === 'object' && !Array.isArray(items) ? items : undefined);
  }

  private change(next: unknown[], focus: FocusTarget, announcement: string): void {
    if (!this.interactive) return;
    this.pendingFocus = focus;
    // The same words twice ("Đã xóa Mục 1." after removing the first item again) would leave the live region
    // untouched, and a screen reader says nothing: a no-break space at the end makes it change, unheard.
    this.announcement = announcement === this.announcement ? `${announcement}\u00a0` : announcement;
    this.emitInput(next);
    this.emitCommit(next);
    this.requestUpdate();
  }

  private add(): void {
    const next = [...this.items, this.newItem()];
    // Focus in the new item's first field (the citizen types at once; its label and the item's legend are read).
    this.change(next, { kind: 'field', index: next.length - 1 }, this.strings.itemAdded(this.itemLabel(next.length)));
  }

  private removeItem(index: number): void {
    const next = this.items.filter((_, i) => i !== index);
    // The item before it (its name did not change), the new first item, or Add when none is left.
    const focus: FocusTarget = next.length > 0 ? { kind: 'legend', index: Math.max(index - 1, 0) } : { kind: 'add' };
    this.change(next, focus, this.strings.itemRemoved(this.itemLabel(index + 1)));
  }

  private move(index: number, by: -1 | 1): void {
    const to = index + by;
    const next = [...this.items];
    [next[index], next[to]] = [next[to], next[index]];
    // Focus stays on the same button of the moved item, so pressing it again keeps moving the item.
    const stillMovable = by === -1 ? to > 0 : to < next.length - 1;
    const focus: FocusTarget = { kind: stillMovable ? (by === -1 ? 'up' : 'down') : 'legend', index: to };
    this.change(next, focus, this.strings.itemMoved(this.itemLabel(index + 1), to + 1));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.pendingFocus;
    if (!target || !this.field) return;
    const id = this.field.id;
    const selector =
      target.kind === 'add' ? `#${CSS.escape(id)}-add` : target.kind === 'group' ? `#${CSS.escape(id)}` : `#${CSS.escape(`${id}-item-${target.index}`)}${target.kind === 'up' || target.kind === 'down' ? `-${target.kind}` : ''}`;
    this.pendingFocus = undefined;
    const element = this.querySelector<HTMLElement>(selector) ?? this.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (target.kind === 'field' && element) void this.focusFirstControl(element);
    else element?.focus();
  }

  /**
   * Focuses the first control of the item whose legend is `legend`, once its widgets rendered; else the legend.
   * `<tk-form>` hands the new item's controls in its own update, which runs after this one: wait for it (a task
   * lets every pending update run) and for the widgets it created.
   */
  private async focusFirstControl(legend: HTMLElement): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await this.updateComplete;
    const item = legend.parentElement!;
    await Promise.all([...item.querySelectorAll<Element & { updateComplete?: Promise<unknown> }>('*')].flatMap((node) => node.updateComplete ?? []));
    (item.querySelector<HTMLElement>(CONTROL) ?? legend).focus();
  }

  private renderItem(field: FieldModel, index: number, count: number): unknown {
    const s = this.strings;
    const label = this.itemLabel(index + 1);
    const itemId = `${field.id}-item-${index}`;
    // A disabled group still shows its (disabled) buttons, so the citizen sees what the rule turned off; a
    // read-only one shows none, because nothing about it can change.
    const editable = !field.readonly;
    const sortable = editable && field.options.showSortButtons === true;
    const min = field.schema.minItems ?? 0;
    return html`<li class="tk-repeat__item">
      <fieldset part="item" class="tk-repeat__item-group" aria-labelledby=${itemId}>
        <legend id=${itemId} part="item-label" class="tk-repeat__item-label" tabindex="-1">${label}</legend>
        ${this.renderChild ? this.renderChild({ pointer: `${field.pointer}/${index}`, index }) : nothing}
        ${editable
          ? html`<div class="tk-repeat__actions">
              ${sortable
                ? html`<button id="${itemId}-up" part="button" type="button" class="tk-field__button" ?disabled=${index === 0 || !field.enabled} @click=${() => this.move(index, -1)}>
                      ${s.moveItemUp(label)}
                    </button>
                    <button id="${itemId}-down" part="button" type="button" class="tk-field__button" ?disabled=${index === count - 1 || !field.enabled} @click=${() => this.move(index, 1)}>
                      ${s.moveItemDown(label)}
                    </button>`
                : nothing}
              ${count > min
                ? html`<button id="${itemId}-remove" part="button" type="button" class="tk-field__button" ?disabled=${!field.enabled} @click=${() => this.removeItem(index)}>
                    ${s.removeItem(label)}
                  </button>`
                : nothing}
            </div>`
          : nothing}
      </fieldset>
    </li>`;
  }

  protected renderField(field: FieldModel): unknown {
    const s = this.strings;
    const items = this.items;
    const max = field.schema.maxItems;
    const full = max !== undefined && items.length >= max;
    if (!this.renderChild && items.length > 0) {
      issueWarning('no-child-renderer', `<tk-repeat-group> for ${field.pointer} has no renderChild; its items' fields cannot be shown.`);
    }
    return html`<fieldset
      id=${field.id}
      part="base"
      class="tk-field tk-repeat ${this.invalid ? 'tk-field--invalid' : ''}"
      tabindex="-1"
      ${attrs({ 'aria-describedby': this.describedBy(), 'aria-invalid': this.invalid ? 'true' : undefined, disabled: !field.enabled })}
    >
      ${renderLegend(field, s)}${renderNotes(field, s, this.localError)}
      ${items.length === 0 ? html`<p class="tk-repeat__empty">${s.noItems}</p>` : nothing}
      <ol class="tk-repeat__items" role="list">
        ${items.map((_, i) => this.renderItem(field, i, items.length))}
      </ol>
      ${!field.readonly && !full
        ? html`<button id="${field.id}-add" part="button" type="button" class="tk-field__button tk-repeat__add" ?disabled=${!field.enabled} @click=${() => this.add()}>
            ${this.addLabel()}
          </button>`
        : nothing}
      ${this.interactive && full ? html`<p class="tk-field__hint">${s.maxItemsReached(max)}</p>` : nothing}
      <div class="tk-visually-hidden" aria-live="polite">${this.announcement}</div>
    </fieldset>`;
  }
}
