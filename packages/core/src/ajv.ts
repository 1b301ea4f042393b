// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * `@tokhai/core/ajv`: the ajv engine for Node (server, CLI, benchmarks) and standalone code generation.
 */
export const AJV_ENGINE_NAME = 'ajv';
