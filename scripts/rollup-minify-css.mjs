// SPDX-License-Identifier: MIT
// Minifies the CSS of Lit's `css` tagged templates in the production bundle: comments, indentation and the spaces
// around `{`, `}`, `;` and `,` go (terser keeps template text as written). The styles ship in every page that
// embeds tokhai, so their layout whitespace is bytes every citizen downloads.
// What is removed, and what is kept: minify-css.mjs. Each literal part between `${…}` interpolations is minified on
// its own, so the text an interpolation joins keeps a separating space.
import MagicString from 'magic-string';
import { minifyCss } from './minify-css.mjs';

/** Whether the tag of a tagged template is Lit's `css` (imported under that name). */
const isCssTag = (tag) => tag?.type === 'Identifier' && tag.name === 'css';

/** A rollup plugin minifying every `css\`…\`` of the modules it transforms (not of node_modules). */
export default function minifyCssTemplates() {
  return {
    name: 'tokhai-minify-css',
    transform(code, id) {
      // TypeScript writes the tag as `css \`…\``: any spacing.
      if (id.includes('node_modules') || !/\bcss\s*`/.test(code)) return null;
      const ast = this.parse(code);
      const s = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && isCssTag(node.tag)) {
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const small = minifyCss(raw);
            if (small !== raw) s.overwrite(quasi.start, quasi.end, small);
          }
        }
        for (const key in node) {
          const value = node[key];
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
        }
      };
      visit(ast);
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}
