// SPDX-License-Identifier: MIT
/**
 * The in-page half of `bench/renderers.bench.mjs` (served as is, never bundled, so it adds nothing to any
 * library's size). `page.html?lib=<lib>&n=<fields>` loads one library and the generated form, then exposes
 * `window.bench`, which the Node side drives through Playwright:
 *
 * - `mount()` creates the empty host (a `<tk-form>` without a form, or a React root);
 * - `render()` gives it the form and resolves when every native control is in the DOM (tokhai: inside the
 *   shadow root) with `{ dom, frame }`: ms from setting the form/props to the last control inserted (seen by a
 *   MutationObserver), and to the end of the next frame (after style, layout and paint);
 * - `markTarget()` tags the keystroke target's input (`data-bench-target`) so Playwright can click it;
 * - `arm('error' | 'clear')` then a real key press resolves `settled()` with `{ dom, frame }`: ms from the
 *   keydown's timestamp to the target's inline error text appearing (or disappearing), and to the next frame.
 *
 * Every wait has a deadline and fails with what it saw, so a library that renders a different form (fewer or more
 * controls than `controls[lib]`) or never shows the error fails the run instead of producing a number.
 */
/* global URLSearchParams, location, requestAnimationFrame, MessageChannel, CSS, Node, MutationObserver */

const params = new URLSearchParams(location.search);
const lib = params.get('lib');
const n = Number(params.get('n'));
const app = document.getElementById('app');

/** Native controls: what "all N fields rendered" counts (see CONTROLS_PER_KIND in generate-form.mjs). */
const CONTROLS = 'input:not([type=hidden]), select, textarea';
const DEADLINE_MS = 60_000;

/** The end of the next frame: a task posted from requestAnimationFrame runs after that frame's paint. */
const nextFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );

/** The text of an element, whitespace collapsed. */
const textOf = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * One adapter per library: how to load it, mount an empty host, render the form, and find the keystroke target,
 * its field's wrapper and the error message inside it.
 */
const ADAPTERS = {
  tokhai: {
    async load() {
      this.module = await import('/tokhai/tokhai.bundle.js');
      // `&built=1`: the form's validator module from `tokhai build`, loaded like the bundle (before timing).
      if (params.has('built')) this.validator = await import(`/tokhai/validator-${n}.js`);
      await customElements.whenDefined('tk-form');
    },
    async mount() {
      const el = document.createElement('tk-form');
      app.append(el);
      await el.updateComplete;
      return { host: el, root: el.shadowRoot };
    },
    render({ host }, form) {
      host.data = form.data;
      host.form = this.validator ? this.module.compileBuiltForm(form.definition, this.validator) : form.definition;
    },
    target({ root }, form) {
      // The FieldModel contract: a widget carries `field`, and its native control carries `field.id`.
      const widget = [...root.querySelectorAll('*')].find((el) => el.field?.pointer === form.target.pointer);
      if (!widget) return undefined;
      return { input: widget.querySelector(`#${CSS.escape(widget.field.id)}`), box: widget };
    },
    error: (box) => textOf(box.querySelector('[part~="error"]')),
  },
  rjsf: {
    async load() {
      this.module = await import('/peers/rjsf.js');
    },
    async mount() {
      return { handle: this.module.mountForm(app), root: app };
    },
    render({ handle }, form) {
      handle.render(form);
    },
    target(_mounted, form) {
      const input = document.getElementById(form.target.rjsfId);
      return input ? { input, box: input.closest('.form-group') } : undefined;
    },
    error: (box) => textOf(box.querySelector('.error-detail')),
  },
  jsonforms: {
    async load() {
      this.module = await import('/peers/jsonforms.js');
    },
    async mount() {
      return { handle: this.module.mountForm(app), root: app };
    },
    render({ handle }, form) {
      handle.render(form);
    },
    target(_mounted, form) {
      const input = document.getElementById(`${form.target.scope}-input`);
      return input ? { input, box: input.closest('.control') } : undefined;
    },
    error: (box) => textOf(box.querySelector('.validation_error')),
  },
};

const adapter = ADAPTERS[lib];
if (!adapter) throw new Error(`unknown lib "${lib}"`);

let form;
let mounted;
let target;
let pending;

/** Counts native controls as they are inserted, each once (a WeakSet), so no callback re-scans the whole form. */
function controlCounter() {
  const seen = new WeakSet();
  let count = 0;
  const visit = (node, added) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const found = node.matches(CONTROLS) ? [node, ...node.querySelectorAll(CONTROLS)] : node.querySelectorAll(CONTROLS);
    for (const c of found) {
      if (added && !seen.has(c)) {
        seen.add(c);
        count++;
      } else if (!added && seen.has(c) && !c.isConnected) {
        seen.delete(c);
        count--;
      }
    }
  };
  return {
    take(records) {
      for (const r of records) {
        for (const node of r.addedNodes) visit(node, true);
        for (const node of r.removedNodes) visit(node, false);
      }
      return count;
    },
  };
}

/** Resolves with `fn`'s result or rejects with `describe()` after the deadline. */
function withDeadline(promise, describe) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(describe())), DEADLINE_MS);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

window.bench = {
  lib,
  n,
  /** Wall time of the library's `load()` (import → ready), set before `benchReady`. */
  loadMs: undefined,
  /** Wall time of the last `mount()` (an empty host rendered). */
  mountMs: undefined,

  async mount() {
    const started = performance.now();
    mounted = await adapter.mount();
    this.mountMs = performance.now() - started;
    return true;
  },

  render() {
    const expected = form.controls[lib];
    const root = mounted.root;
    const counter = controlCounter();
    let seen = 0;
    const done = new Promise((resolve, reject) => {
      let t0 = 0;
      const observer = new MutationObserver((records) => {
        seen = counter.take(records);
        if (seen < expected) return;
        const t1 = performance.now();
        observer.disconnect();
        nextFrame().then((t2) => {
          const total = root.querySelectorAll(CONTROLS).length;
          if (total !== expected) reject(new Error(`${lib} rendered ${total} native controls, expected ${expected}: not the same form`));
          else resolve({ dom: t1 - t0, frame: t2 - t0, controls: total });
        }, reject);
      });
      observer.observe(root, { childList: true, subtree: true });
      t0 = performance.now();
      try {
        adapter.render(mounted, form);
      } catch (e) {
        observer.disconnect();
        reject(e);
      }
    });
    return withDeadline(done, () => `${lib}: only ${seen} of ${expected} controls after ${DEADLINE_MS} ms`);
  },

  markTarget() {
    target = adapter.target(mounted, form);
    if (!target?.input || !target.box) throw new Error(`${lib}: keystroke target ${form.target.pointer} not found`);
    target.input.setAttribute('data-bench-target', '');
    return { value: target.input.value, error: adapter.error(target.box) };
  },

  /** The target's current error text ('' when none) and whether it is still the same, connected input. */
  targetState() {
    return { error: adapter.error(target.box), value: target.input.value, connected: target.input.isConnected, focused: target.input.matches(':focus') };
  },

  /** Arms the measurement of the next keystroke: `want` is 'error' (wait for a message) or 'clear' (for none). */
  arm(want) {
    const box = target.box;
    const state = { t0: undefined };
    const satisfied = () => (want === 'error' ? adapter.error(box) !== '' : adapter.error(box) === '');
    window.addEventListener('keydown', (e) => (state.t0 = e.timeStamp), { capture: true, once: true });
    const done = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (state.t0 === undefined || !satisfied()) return;
        const t1 = performance.now();
        observer.disconnect();
        nextFrame().then((t2) => resolve({ dom: t1 - state.t0, frame: t2 - state.t0 }), reject);
      });
      observer.observe(box, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    pending = withDeadline(done, () => `${lib}: the target's error did not ${want === 'error' ? 'appear' : 'clear'} within ${DEADLINE_MS} ms (error text: "${adapter.error(box)}", value: "${target.input.value}")`);
    return true;
  },

  settled: () => pending,

  /** Two frames and a quiet moment, so the next measurement does not start inside the last one's work. */
  async idle(ms = 30) {
    await nextFrame();
    await nextFrame();
    await new Promise((r) => setTimeout(r, ms));
    return true;
  },
};

// Loading is timed too (fetch, compile, evaluate, custom element definitions): work a library does before the
// timed render (e.g. V8 compiling functions eagerly because of a compile hint) shows up here, not nowhere.
const loadStarted = performance.now();
await adapter.load();
window.bench.loadMs = performance.now() - loadStarted;
form = await (await fetch(`/form/${n}.json`)).json();
window.benchReady = true;
