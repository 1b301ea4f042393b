// SPDX-License-Identifier: MIT
// What a portal's code imports from each package, type-checked against the published declarations (see tsconfig.json).
// A declaration that names something the build stripped (`stripInternal`) or left out fails here, as in a portal.
import * as core from '@tokhai/core';
import * as prefill from '@tokhai/prefill';
import * as elements from '@tokhai/elements';
import * as server from '@tokhai/server';
import * as vnData from '@tokhai/vn-data';
import type { FormDataById, FormId } from '@tokhai/forms/types';

export const used = [core.compileForm, prefill.httpJsonProvider, elements.define, server.verifySubmission, vnData];

export function onSubmit(form: elements.TkForm): void {
  form.addEventListener('tk-submit', (event: elements.TkSubmitEvent) => {
    const id: FormId = 'vn.moj.birth-registration';
    const data = event.detail.submission.data as FormDataById[typeof id];
    console.log(id, data);
  });
}
