// SPDX-License-Identifier: MIT
/**
 * Registers a custom element once. Two copies of tokhai on one page (a portal bundle plus a CDN script) must not
 * throw `NotSupportedError`; the same version is a silent no-op and a different version is a dev-mode warning,
 * as `ShoelaceElement.define` does (shoelace-style/shoelace: `src/internal/shoelace-element.ts`) and as Lit warns
 * about `multiple-versions`.
 */
import { issueWarning } from './dev-mode.js';
import { VERSION } from './version.js';

/** A custom element class that may carry its package version. */
export type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Defines `tagName` unless it is already defined. Returns the class that ends up registered under the tag.
 * Public (`@tokhai/elements` exports it) for portals that register their own widget classes the same safe way.
 */
export function define(tagName: string, element: VersionedElement): CustomElementConstructor {
  const registry = globalThis.customElements;
  const existing: VersionedElement | undefined = registry.get(tagName);
  if (existing === undefined) {
    registry.define(tagName, element);
    return element;
  }
  const mine = element.version ?? VERSION;
  const theirs = existing.version ?? 'an unknown version';
  if (existing !== element && mine !== theirs) {
    issueWarning(
      'multiple-versions',
      `<${tagName}> is already defined by tokhai ${theirs}; this copy (${mine}) was not registered. Load one copy of @tokhai/elements per page.`,
    );
  }
  return existing;
}
