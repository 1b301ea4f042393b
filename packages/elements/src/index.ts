// SPDX-License-Identifier: MIT
/** @packageDocumentation `@tokhai/elements`. */
export type { FieldModel, FieldChangeDetail, FieldPrefill } from './internal/field-model.js';
