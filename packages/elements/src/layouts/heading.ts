// SPDX-License-Identifier: MIT
import { html, nothing, type TemplateResult } from 'lit';

/** Options of a heading. */
export interface HeadingOptions {
  id?: string;
  part?: string;
  /** Makes the heading focusable by script only (`tabindex="-1"`), for focus moves on step change. */
  focusable?: boolean;
}

/**
 * A real `<h1>`…`<h6>` at a level the portal chooses (`heading-level`), since `<tk-form>` sits inside the
 * portal's own heading outline. Lit cannot bind a tag name, so each level is its own static template.
 */
export function renderHeading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const id = o.id ?? nothing;
  const part = o.part ?? nothing;
  const tabindex = o.focusable ? '-1' : nothing;
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1:
      return html`<h1 id=${id} part=${part} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}
