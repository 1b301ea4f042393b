// SPDX-License-Identifier: MIT
import { html, render } from 'lit';
import { setAttrs, type AttrValue } from '../../internal/attrs.js';
import type { FieldModel } from '../../internal/field-model.js';
import { issueWarning } from '../../internal/dev-mode.js';
import type { ChildRenderer } from '../shared/child-renderer.js';
import { DomFieldElement, FieldLabel, NotesSlot, element } from '../shared/dom-field-element.js';
import { renderNotes } from '../shared/field-parts.js';
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
export class TkFieldset extends DomFieldElement {
  static override styles = [fieldStyles, fieldsetStyles];

  /** `renderChild` too may come before the class (see `DomFieldElement.upgradedProperties`), and before `field`. */
  protected static override readonly upgradedProperties: readonly string[] = ['renderChild', 'field'];

  private childRenderer: ChildRenderer | undefined;

  /** Renders the object's properties (set by `<tk-form>`); see `ChildRenderer`. */
  get renderChild(): ChildRenderer | undefined {
    return this.childRenderer;
  }

  set renderChild(renderer: ChildRenderer | undefined) {
    this.childRenderer = renderer;
    this.requestUpdate();
  }

  /** Containers never commit on blur: their child controls do. */
  protected override commitOnFocusOut = false;

  /** The nodes `build` made. */
  private nodes?: { group: HTMLFieldSetElement; legend: FieldLabel; notes: NotesSlot; body: HTMLDivElement; attrs?: Record<string, AttrValue> };

  /** The fieldset (it carries `field.id`: the error summary focuses it), its legend, notes and body. */
  protected build(): void {
    const legend = new FieldLabel('legend');
    const body = element('div', { part: 'body', class: 'tk-fieldset__body' });
    const group = element('fieldset', { part: 'base', tabindex: '-1' }, legend.element, body);
    this.nodes = { group, legend, notes: new NotesSlot(group, body, this), body };
    this.append(group);
  }

  protected patch(field: FieldModel): void {
    const nodes = this.nodes!;
    const s = this.strings;
    const className = this.invalid ? 'tk-field tk-fieldset tk-field--invalid' : 'tk-field tk-fieldset';
    if (nodes.group.className !== className) nodes.group.className = className;
    const attrs = { id: field.id, 'aria-describedby': this.describedBy(), 'aria-invalid': this.invalid ? 'true' : undefined, disabled: !field.enabled };
    setAttrs(nodes.group, attrs, nodes.attrs);
    nodes.attrs = attrs;
    nodes.legend.patch(field, s);
    nodes.notes.render(renderNotes(field, s, this.localError));
    render(this.renderBody(field), nodes.body, { host: this });
  }

  private renderBody(field: FieldModel): unknown {
    if (this.childRenderer) return this.childRenderer({ pointer: field.pointer });
    issueWarning('no-child-renderer', `<tk-fieldset> for ${field.pointer} has no renderChild; its fields cannot be shown.`);
    return html`<p class="tk-field__hint">${this.strings.noChildRenderer}</p>`;
  }
}
