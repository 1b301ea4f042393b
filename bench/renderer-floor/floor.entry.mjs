// SPDX-License-Identifier: MIT
/**
 * The page half of `bench/renderer-floor.bench.mjs`: the same minimal form (a text field per field: a label with a
 * required marker and an input, ten to a fieldset) drawn five ways, to show what a renderer's design costs before
 * any form logic runs:
 *
 * - `lit-elements`: one LitElement per field rendering into its own light DOM, inside a host's shadow root (how
 *   the Lit widgets draw, `TkFieldElement`, docs/decisions/0001-one-shadow-root.md);
 * - `lit-templates`: the host renders every field as a nested template in one pass (widgets as template functions);
 * - `direct-elements`: one element per field (ReactiveElement, no lit-html) that builds its nodes with DOM calls;
 * - `plain-elements`: one plain custom element per field (HTMLElement) that builds its nodes when it gets its field
 *   (how the built-in widgets draw, `DomFieldElement`);
 * - `dom`: the same nodes made with plain DOM calls, the floor of any renderer that makes them.
 *
 * `window.floor.prepare(mode, n)` mounts the empty host; `window.floor.render()` resolves with the ms from handing
 * over the fields to every input being in the DOM.
 */
import { LitElement, ReactiveElement, html, nothing } from 'lit';

const fieldsOf = (n) => Array.from({ length: n }, (_, i) => ({ id: `f${i}`, label: `Trường số ${i + 1}`, value: `Giá trị ${i}`, required: i % 2 === 0 }));
const REQUIRED = ' (bắt buộc)';

const fieldTemplate = (f, onInput) =>
  html`<div part="base" class="tk-field"><label part="label" id=${`${f.id}-label`} class="tk-field__label" for=${f.id}
      >${f.label}<span class="tk-field__required">${f.required ? REQUIRED : ''}</span></label
    ><input part="control" class="tk-field__control" id=${f.id} type="text" aria-required=${f.required ? 'true' : 'false'} .value=${f.value} @input=${onInput} /></div>`;

const ignore = () => {};

/** A widget: one element per field, light DOM. */
class FloorField extends LitElement {
  static properties = { field: { attribute: false } };
  createRenderRoot() {
    return this;
  }
  render() {
    return this.field ? fieldTemplate(this.field, ignore) : nothing;
  }
}
customElements.define('floor-field', FloorField);

/**
 * A widget as an element that builds its nodes with DOM calls on its first update and patches them after (no
 * lit-html template): the element contract stays (a `field` property, its own update cycle), the template goes.
 */
class DirectField extends ReactiveElement {
  static properties = { field: { attribute: false } };
  createRenderRoot() {
    return this;
  }
  update(changed) {
    super.update(changed);
    if (!this.field) return;
    if (!this.input) {
      this.append(fieldNodes(this.field));
      this.input = this.querySelector('input');
      this.marker = this.querySelector('.tk-field__required');
      return;
    }
    if (this.input.value !== this.field.value) this.input.value = this.field.value;
    this.marker.textContent = this.field.required ? REQUIRED : '';
  }
}
customElements.define('floor-direct', DirectField);

/**
 * A widget as a plain custom element (HTMLElement, no ReactiveElement): setting `field` builds its nodes at once on
 * the first set and patches them after. The element contract stays; the update cycle (a microtask, a promise, a
 * changed-properties map per element) goes.
 */
class PlainField extends HTMLElement {
  set field(f) {
    this._field = f;
    if (!this.input) {
      this.append(fieldNodes(f));
      this.input = this.querySelector('input');
      this.marker = this.querySelector('.tk-field__required');
      return;
    }
    if (this.input.value !== f.value) this.input.value = f.value;
    this.marker.textContent = f.required ? REQUIRED : '';
  }
  get field() {
    return this._field;
  }
}
customElements.define('floor-plain-element', PlainField);

/** The host: a shadow root holding a form of fieldsets of ten fields. */
class FloorHost extends LitElement {
  static properties = { fields: { attribute: false }, mode: {} };
  render() {
    if (!this.fields) return nothing;
    const groups = [];
    for (let g = 0; g < this.fields.length; g += 10) {
      const fields = this.fields.slice(g, g + 10);
      groups.push(
        html`<fieldset><legend>Phần ${g / 10 + 1}</legend>${fields.map((f) =>
          this.mode === 'lit-elements'
            ? html`<floor-field .field=${f}></floor-field>`
            : this.mode === 'direct-elements'
              ? html`<floor-direct .field=${f}></floor-direct>`
              : this.mode === 'plain-elements'
                ? plainElement(f)
              : html`<floor-field>${fieldTemplate(f, ignore)}</floor-field>`,
        )}</fieldset>`,
      );
    }
    return html`<form>${groups}</form>`;
  }
}
customElements.define('floor-host', FloorHost);

/** A `floor-plain-element` for a field, made and filled before Lit inserts it (as `<tk-form>` hands it its widgets). */
function plainElement(f) {
  const el = document.createElement('floor-plain-element');
  el.field = f;
  return el;
}

/** One field's nodes made with DOM calls. */
function fieldNodes(f) {
  const base = document.createElement('div');
  base.setAttribute('part', 'base');
  base.className = 'tk-field';
  const label = document.createElement('label');
  label.setAttribute('part', 'label');
  label.id = `${f.id}-label`;
  label.className = 'tk-field__label';
  label.htmlFor = f.id;
  const marker = document.createElement('span');
  marker.className = 'tk-field__required';
  marker.textContent = f.required ? REQUIRED : '';
  label.append(f.label, marker);
  const input = document.createElement('input');
  input.setAttribute('part', 'control');
  input.className = 'tk-field__control';
  input.id = f.id;
  input.type = 'text';
  input.setAttribute('aria-required', f.required ? 'true' : 'false');
  input.value = f.value;
  input.addEventListener('input', ignore);
  base.append(label, input);
  return base;
}

/** The same nodes with DOM calls (the wrapper is an undefined element, like the templates mode's). */
function domForm(fields) {
  const form = document.createElement('form');
  for (let g = 0; g < fields.length; g += 10) {
    const set = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = `Phần ${g / 10 + 1}`;
    set.append(legend);
    for (const f of fields.slice(g, g + 10)) {
      const wrap = document.createElement('floor-plain');
      wrap.append(fieldNodes(f));
      set.append(wrap);
    }
    form.append(set);
  }
  return form;
}

window.floor = {
  /** Mounts the empty host for `mode` and waits a moment, so `render` times only the drawing. */
  async prepare(mode, n) {
    this.mode = mode;
    this.fields = fieldsOf(n);
    const app = document.getElementById('app');
    if (mode === 'dom') {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' });
      app.append(host);
      this.root = host.shadowRoot;
    } else {
      this.host = document.createElement('floor-host');
      this.host.mode = mode;
      app.append(this.host);
      await this.host.updateComplete;
      this.root = this.host.shadowRoot;
    }
    await new Promise((r) => setTimeout(r, 50));
  },
  /** Draws the fields; resolves with the ms until every input is in the DOM (and fails if one is missing). */
  async render() {
    const { mode, root, fields } = this;
    const start = performance.now();
    if (mode === 'dom') root.append(domForm(fields));
    else {
      this.host.fields = fields;
      await this.host.updateComplete;
      if (mode !== 'lit-templates') await Promise.all([...root.querySelectorAll('floor-field, floor-direct')].map((w) => w.updateComplete));
    }
    const ms = performance.now() - start;
    const inputs = root.querySelectorAll('input').length;
    if (inputs !== fields.length) throw new Error(`${mode}: ${inputs} inputs for ${fields.length} fields`);
    return ms;
  },
};
