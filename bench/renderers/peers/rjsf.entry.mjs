// SPDX-License-Identifier: MIT
// What a portal loads to render a form with @rjsf/core: React, react-dom, the core theme and the ajv8 validator,
// and nothing else. Bundled by esbuild (production, minified) into bench/renderers/dist/rjsf.js; the benchmark
// measures its gzip size and drives it through `mountForm`.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';

/**
 * Mounts a form into `container`. `render` shows `form` (`schema`, `rjsfUi`, `data`) with live validation, so a
 * keystroke that breaks a field shows its inline error at once (rjsf validates on submit otherwise), and no error
 * list at the top (tokhai and JSON Forms show inline messages only).
 */
export function mountForm(container) {
  const root = createRoot(container);
  let data;
  return {
    render(form) {
      data = form.data;
      root.render(
        createElement(Form, {
          schema: form.schema,
          uiSchema: form.rjsfUi,
          formData: form.data,
          validator,
          liveValidate: 'onChange',
          showErrorList: false,
          onChange: (event) => {
            data = event.formData;
          },
        }),
      );
    },
    data: () => data,
    unmount: () => root.unmount(),
  };
}
