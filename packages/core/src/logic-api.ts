// SPDX-License-Identifier: MIT
// Public API of the logic engine (rules, computed values, evaluate). Re-exported by index.ts.
export {};
