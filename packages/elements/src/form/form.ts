// SPDX-License-Identifier: MIT
/** Registers `<tk-form>`. Import `@tokhai/elements/bundle` (or this module) to use the tag. */
import { TkForm } from './form.component.js';
import { define } from '../internal/define.js';

export { TkForm };
define('tk-form', TkForm);

declare global {
  interface HTMLElementTagNameMap {
    'tk-form': TkForm;
  }
}
