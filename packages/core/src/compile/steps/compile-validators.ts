// SPDX-License-Identifier: MIT
import { interpreterEngine } from '../../engines/interpreter.js';
import type { CompileContext } from '../context.js';
import { compileWith } from './compile-with-engine.js';

/** Compiles the data schema with the chosen engine (default: the eval-free interpreter). */
export const compileValidators = (it: CompileContext): void => compileWith(it, it.options.engine ?? interpreterEngine());
