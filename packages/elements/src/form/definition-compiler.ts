// SPDX-License-Identifier: MIT
/**
 * The part of core `<tk-form>` loads only for definitions that were not compiled at build time: `compileForm`
 * with every definition check (meta-schema, scopes, texts, formats, ReDoS-prone patterns, rules, computed values).
 * Its default engine, the eval-free interpreter, is in the bundle anyway: rule conditions use it. Imported with
 * `import()` (load-definition.ts), so bundlers put it in a chunk of its own: a portal that passes forms compiled
 * with `compileBuiltForm` never downloads it.
 */
export { compileForm } from '@tokhai/core';
