// SPDX-License-Identifier: MIT
/**
 * How a container widget (`<tk-fieldset>`, `<tk-repeat-group>`) gets its children rendered. The children are
 * controls of their own (their rules, errors, ids and prefill are the form's business), so the container never
 * builds them: the form gives it a `renderChild` callback, and the container places what comes back.
 *
 * In `<tk-form>` the view renderer (layouts/view-renderer.ts, `handChildren`) draws the children first, as the DOM
 * nodes it keeps by UI path, and hands the container a callback that returns them before it sets `field`: a
 * container drawn with DOM calls draws when it gets its field, and has its children then.
 *
 * ```ts
 * const children = drawAll(node.children);           // Node[]: the object's own controls and layouts
 * const items = node.items.map((item) => draw(item)); // Node[] per array item
 * widget.renderChild = ({ index }) => (index === undefined ? children : (items[index] ?? []));
 * widget.field = node.model;
 * ```
 */

/** Which part of the data the container asks to have rendered. */
export interface ChildRenderRequest {
  /** JSON Pointer of the data to render: the object itself (`/father`), or one array item (`/members/0`). */
  pointer: string;
  /** The item's index, for repeatable groups. */
  index?: number;
}

/**
 * Renders the controls for a part of the data; returns anything lit-html's `render` takes (the containers place it
 * with lit-html): `<tk-form>` returns arrays of DOM nodes, a page of its own may return templates.
 */
export type ChildRenderer = (request: ChildRenderRequest) => unknown;
