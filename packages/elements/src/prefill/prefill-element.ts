// SPDX-License-Identifier: MIT
/**
 * The base of the prefill components: light DOM (docs/decisions/0001-one-shadow-root.md), a `locale`, unique ids,
 * and styles that work inside `<tk-form>` (which adopts them into its shadow root) and standalone (the element
 * adopts them into whatever root it is connected to, once).
 */
import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale } from '@tokhai/core';
import { addStyles, flattenStyles } from '../internal/add-styles.js';
import { VERSION } from '../internal/version.js';
import { prefillStrings, type PrefillStrings } from './strings.js';
import { prefillBaseStyles } from './prefill.styles.js';

let counter = 0;

/** Base class of `<tk-consent-panel>`, `<tk-provenance-badge>`, `<tk-correction-request>` and `<tk-prefill-status>`. */
export abstract class TkPrefillElement extends LitElement {
  /** Styles adopted by `<tk-form>`, or by the element into its root when used alone. */
  static override styles: CSSResultGroup = prefillBaseStyles;

  /** The package version, checked by `define()`. */
  static readonly version = VERSION;

  /** Language of the texts: `vi` (default) or `en`. */
  @property({ reflect: true }) locale: Locale = 'vi';

  /** A prefix unique to this instance, for the ids its template links with `for` / `aria-*`. */
  protected readonly uid = `tk-prefill-${++counter}`;

  /** Light DOM: see the module comment. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.adoptOwnStyles();
  }

  /** The texts of the current locale. */
  protected get strings(): PrefillStrings {
    return prefillStrings(this.locale);
  }

  /**
   * Adds this class's sheets to the document or shadow root the element lives in, unless already there. Inside
   * `<tk-form>` they usually are (the form adopts them first); a portal page that shows the panel alone gets them here.
   */
  private adoptOwnStyles(): void {
    const root = this.getRootNode();
    if (root instanceof ShadowRoot || root instanceof Document) addStyles(root, flattenStyles((this.constructor as typeof TkPrefillElement).styles));
  }
}
