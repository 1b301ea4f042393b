// SPDX-License-Identifier: MIT
/**
 * The JSON Logic interpreter behind computed values: json-logic-engine's interpreted `LogicEngine.run`, never its
 * `build`/`Compiler` (which generate code with `eval`). The interpreted path walks the expression and calls plain
 * closures (`logic.js` `run` → `optimizer.js`, which builds closures and never calls the compiler), so it works
 * under a strict Content Security Policy; `engine.test.ts` proves it by running every operator and function with
 * `eval` and `Function` replaced by throwing stubs.
 */
import { defaultMethods, LogicEngine } from 'json-logic-engine';
import { BUILTIN_FUNCTIONS, type FunctionEnvironment } from './functions/index.js';
import { OPERATORS } from './operators.js';
import type { FunctionRegistry, LogicFunction, LogicRunner } from './types.js';

/** Runs one expression against data (the interface lives in types.ts, which the kit's users import). */
export type { LogicRunner };

/** The installed JSON Logic operators: json-logic-engine's own objects, so its fast paths keep working. */
function operatorMethods(): Record<string, unknown> {
  const all = defaultMethods as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.keys(OPERATORS).map((name) => [name, all[name]]));
}

/** Wraps a function as an eager (arguments evaluated first) engine method. */
const asMethod =
  (fn: LogicFunction) =>
  (args: unknown): unknown => {
    const list: unknown[] = Array.isArray(args) ? args : [args];
    const result = fn(...list);
    // JSON has no `undefined`: a function that returns nothing computed nothing.
    return result === undefined ? null : result;
  };

/**
 * Creates an interpreter with the allowed operators, the built-in functions and the registry's functions.
 * Registry functions cannot replace an operator or a built-in (`checkLogic` reports such names; here they are
 * ignored so that a browser and a server with the same definition always run the same built-ins).
 */
export function createLogicRunner(functions: FunctionRegistry = {}, env: FunctionEnvironment = {}): LogicRunner {
  const engine = new LogicEngine(operatorMethods(), { permissive: false });
  for (const [name, builtin] of Object.entries(BUILTIN_FUNCTIONS)) {
    engine.addMethod(name, asMethod(builtin.make(env)), { deterministic: false });
  }
  for (const [name, fn] of Object.entries(functions)) {
    if (Object.hasOwn(OPERATORS, name) || Object.hasOwn(BUILTIN_FUNCTIONS, name) || typeof fn !== 'function') continue;
    // Not "deterministic" for the engine: that flag lets it pre-compute calls at optimisation time, and a
    // registry function deserves to be called exactly when its data is there.
    engine.addMethod(name, asMethod(fn), { deterministic: false });
  }
  return { run: (expression, data) => engine.run(expression, data) as unknown };
}
