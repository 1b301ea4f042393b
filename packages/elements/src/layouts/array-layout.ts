// SPDX-License-Identifier: MIT
/**
 * An array of objects as a repeatable group (GOV.UK "add another"): a fieldset named by the control's label,
 * each item a labelled group with its fields and a "Remove item n" button, then an "Add item" button. Buttons are
 * `type="button"`, so Enter in a field still submits (or goes to the next step) and never adds an item.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldModel } from '../internal/field-model.js';
import type { Translation } from '../translations/vi.js';

/** What the repeater needs besides its items. */
export interface ArrayLayoutOptions {
  model: FieldModel;
  items: readonly unknown[];
  editable: boolean;
  /** Whether another item may be added (`maxItems`). */
  canAdd: boolean;
  /** Whether an item may be removed (`minItems`). */
  canRemove: boolean;
  t: Translation;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

export function renderArrayLayout(o: ArrayLayoutOptions): TemplateResult {
  const { model, t } = o;
  const errorId = `${model.id}-error`;
  const hintId = `${model.id}-hint`;
  const describedBy = [model.hint ? hintId : '', model.errors.length ? errorId : ''].filter(Boolean).join(' ');
  return html`<fieldset class="tk-array" part="array" id=${model.id} aria-describedby=${describedBy || nothing}>
    <legend class="tk-legend" part="legend">${model.label}</legend>
    ${model.hint ? html`<p class="tk-hint" id=${hintId} part="hint">${model.hint}</p>` : nothing}
    ${model.errors.length
      ? html`<p class="tk-error-message" id=${errorId} part="error-message">
          ${model.errors.map((e) => html`<span class="tk-error-line"><span class="visually-hidden">${t.errorPrefix} </span>${e.message}</span>`)}
        </p>`
      : nothing}
    ${o.items.length === 0 ? html`<p class="tk-empty" part="array-empty">${t.noItems}</p>` : nothing}
    ${o.items.map(
      (item, i) => html`<div
        class="tk-array-item"
        part="array-item"
        role="group"
        aria-labelledby="${model.id}-item-${i}"
      >
        <p class="tk-array-item-title" id="${model.id}-item-${i}" part="array-item-title">${t.itemTitle(i + 1)}</p>
        ${item}
        ${o.editable && o.canRemove
          ? html`<button type="button" class="tk-button tk-button--secondary" part="button button-secondary" @click=${() => o.onRemove(i)}>
              ${t.removeItem(i + 1)}<span class="visually-hidden"> (${model.label})</span>
            </button>`
          : nothing}
      </div>`,
    )}
    ${o.editable && o.canAdd
      ? html`<button type="button" class="tk-button tk-button--secondary" part="button button-secondary" id="${model.id}-add" @click=${o.onAdd}>
          ${t.addItem}<span class="visually-hidden"> (${model.label})</span>
        </button>`
      : nothing}
  </fieldset>`;
}
