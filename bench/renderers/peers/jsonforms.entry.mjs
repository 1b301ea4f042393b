// SPDX-License-Identifier: MIT
// What a portal loads to render a form with JSON Forms: React, react-dom, @jsonforms/core, @jsonforms/react and
// the vanilla renderers and cells, and nothing else. Bundled by esbuild (production, minified) into
// bench/renderers/dist/jsonforms.js; the benchmark measures its gzip size and drives it through `mountForm`.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';

/**
 * Mounts a form into `container`. `render` shows `form` (`schema`, `ui`, `data`) with JSON Forms' default
 * validation mode (ValidateAndShow: every change is validated and inline errors are shown).
 */
export function mountForm(container) {
  const root = createRoot(container);
  let data;
  return {
    render(form) {
      data = form.data;
      root.render(
        createElement(JsonForms, {
          schema: form.schema,
          uischema: form.ui,
          data: form.data,
          renderers: vanillaRenderers,
          cells: vanillaCells,
          onChange: (state) => {
            data = state.data;
          },
        }),
      );
    },
    data: () => data,
    unmount: () => root.unmount(),
  };
}
