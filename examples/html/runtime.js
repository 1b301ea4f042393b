// SPDX-License-Identifier: MIT
/**
 * The runtime page's script: `<tk-form src>` does the loading and validating by itself; the page only shows what
 * `tk-submit` hands over (as text, never as HTML).
 */
const form = document.getElementById('form');

form.addEventListener('tk-submit', (event) => {
  const { submission } = event.detail;
  document.getElementById('submission-id').textContent = submission.submissionId;
  document.getElementById('submission').textContent = JSON.stringify(submission, null, 2);
  document.getElementById('receipt').hidden = false;
  document.getElementById('receipt-title').focus();
});
