// SPDX-License-Identifier: MIT
import { radioGroupStyles } from '../radio-group/radio-group.styles.js';

/** Styles of `<tk-checkbox-group>`: the same choice items as the radio group. */
export const checkboxGroupStyles = radioGroupStyles;
