// SPDX-License-Identifier: MIT
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { attrs } from '../../internal/attrs.js';
import type { FieldModel } from '../../internal/field-model.js';
import { issueWarning } from '../../internal/dev-mode.js';
import type { ChildRenderer } from '../shared/child-renderer.js';
import { TkFieldElement } from '../shared/field-element.js';
import { renderLegend, renderNotes } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import { fieldsetStyles } from './fieldset.styles.js';

/**
 * @tagname tk-fieldset
 * @summary A nested object as a fieldset: a legend naming the group, the object's own hint and errors (for
 * example "at least one parent"), and its properties rendered by the form through `renderChild`.
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - Never by itself; the controls inside emit their own.
 * @event tk-field-commit - Never by itself; the controls inside commit when the citizen leaves them.
 *
 * @csspart base - The `<fieldset>` (it carries `field.id` and takes focus from the error summary).
 * @csspart label - The `<legend>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge.
 * @csspart error - The object's own error message.
 * @csspart body - The container of the child controls.
 *
 * @cssproperty --tk-fieldset-indent - Indentation of nested fields. Default: 0.
 */
export class TkFieldset extends TkFieldElement {
  static override styles = [fieldStyles, fieldsetStyles];

  /** Renders the object's properties (set by `<tk-form>`); see `ChildRenderer`. */
  @property({ attribute: false }) renderChild?: ChildRenderer;

  /** Containers never commit on blur: their child controls do. */
  protected override commitOnFocusOut = false;

  private renderBody(field: FieldModel): unknown {
    if (this.renderChild) return this.renderChild({ pointer: field.pointer });
    issueWarning('no-child-renderer', `<tk-fieldset> for ${field.pointer} has no renderChild; its fields cannot be shown.`);
    return html`<p class="tk-field__hint">${this.strings.noChildRenderer}</p>`;
  }

  protected renderField(field: FieldModel): unknown {
    const s = this.strings;
    return html`<fieldset
      id=${field.id}
      part="base"
      class="tk-field tk-fieldset ${this.invalid ? 'tk-field--invalid' : ''}"
      tabindex="-1"
      ${attrs({ 'aria-describedby': this.describedBy(), 'aria-invalid': this.invalid ? 'true' : undefined, disabled: !field.enabled })}
    >
      ${renderLegend(field, s)}${renderNotes(field, s, this.localError)}
      <div part="body" class="tk-fieldset__body">${this.renderBody(field)}</div>
    </fieldset>`;
  }
}
