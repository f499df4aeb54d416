// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // After a failed submit, bring keyboard and screen reader users to the list of problems.
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();
});
