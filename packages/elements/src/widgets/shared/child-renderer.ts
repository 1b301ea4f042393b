// SPDX-License-Identifier: MIT
/**
 * How a container widget (`<tk-fieldset>`, `<tk-repeat-group>`) gets its children rendered. The children are
 * controls of their own (their rules, errors, ids and prefill are the form's business), so the container never
 * builds them: the form gives it a `renderChild` callback, and the container places what comes back.
 *
 * ```ts
 * // In <tk-form>, for an ArrayView `node`:
 * html`<tk-repeat-group .field=${node.model} .renderChild=${({ index }) => renderNode(node.items[index!])}></tk-repeat-group>`
 * // For an object shown as a group (a LayoutView with a model):
 * html`<tk-fieldset .field=${node.model} .renderChild=${() => node.children.map(renderNode)}></tk-fieldset>`
 * ```
 */

/** Which part of the data the container asks to have rendered. */
export interface ChildRenderRequest {
  /** JSON Pointer of the data to render: the object itself (`/father`), or one array item (`/members/0`). */
  pointer: string;
  /** The item's index, for repeatable groups. */
  index?: number;
}

/** Renders the controls for a part of the data; returns anything Lit can render. */
export type ChildRenderer = (request: ChildRenderRequest) => unknown;
