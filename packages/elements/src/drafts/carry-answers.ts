// SPDX-License-Identifier: MIT
/**
 * What `<tk-form>` needs when the portal replaces a form the citizen has answered (form.component.ts,
 * `carryAnswers`): the drafts' migration, which carries the answers into the new definition, and the notice that
 * lists what it could not carry. One chunk, loaded only then.
 */
export { migrateDraft } from './migrate.js';
export { renderFormChangedNotice } from './draft-banner.js';
