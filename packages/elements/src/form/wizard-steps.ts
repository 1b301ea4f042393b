// SPDX-License-Identifier: MIT
/**
 * Where the citizen is in a wizard. `<tk-form>` keeps the step on screen by its identity (its UI path), not by
 * its position: rules add and remove steps (view-model.ts `buildSteps` leaves out hidden steps and steps whose
 * every question is hidden), and an answer on the current step can show or hide one before it.
 */

/** A step as the wizard knows it: where it stands in the UI schema (`/elements/2`, `/elements/1/elements/0`). */
export interface StepRef {
  uiPath: string;
}

/**
 * The index among the visible `steps` (in UI-schema order) of the step at `uiPath`: the first step when none is
 * given; when that step is not visible (now), the nearest following visible step, else the last one before it.
 * UI paths are compared with their numbers as numbers (`/elements/10` after `/elements/2`), and a nested step
 * after its categorization's place (`/elements/2/elements/0` after `/elements/2`).
 */
export function stepIndex(steps: readonly StepRef[], uiPath: string | undefined): number {
  if (uiPath === undefined) return 0;
  const at = steps.findIndex((s) => s.uiPath.localeCompare(uiPath, 'en', { numeric: true }) >= 0);
  return at < 0 ? Math.max(0, steps.length - 1) : at;
}

/**
 * The buttons that take the citizen elsewhere: Next, Back and submit in `.tk-actions`, "Change" in the review
 * (`.tk-link-button`). `<tk-form>`'s double-click guard and the step history (a move the citizen made) both ask.
 */
export const MOVE_BUTTONS = '.tk-actions, .tk-link-button';
