// CI entry: node check.mjs <edition-dir> [--screenshots <dir>] [--ratings <css selector>]
// Prints "axe-core violations: N" and exits 1 when N > 0 or when the page needs script or the network.
import { checkEdition } from './edition-check.mjs';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : null; };
const screenshotDir = option('--screenshots');
const ratingsSelector = option('--ratings');
const dir = args[0];
if (!dir) {
  console.error('usage: node check.mjs <edition-dir> [--screenshots <dir>] [--ratings <css selector>]');
  process.exit(2);
}

const started = Date.now();
const result = await checkEdition({
  dir, ratingsSelector,
  screenshots: screenshotDir ? { directory: screenshotDir, firstScreen: 'html-first-screen.png', ratings: 'html-ratings.png' } : null,
});
const problems = [];
if (result.scripts > 0) problems.push(`the page has ${result.scripts} script element(s); it must read without script`);
if (result.offsite.length > 0) problems.push(`the page asked for files outside the edition: ${result.offsite.join(', ')}`);
if (result.failedRequests.length > 0) problems.push(`files missing from the edition: ${result.failedRequests.join(', ')}`);
if (!result.fonts) problems.push('no web font loaded (fonts/ missing or @font-face wrong)');
for (const problem of problems) console.log(`problem: ${problem}`);
console.log(`axe-core checks needing review (not failures): ${result.incomplete}${result.incomplete ? ` (${result.incompleteIds.join(', ')})` : ''}`);
console.log(`axe-core violations: ${result.violations.length}`);
console.log(`html check took ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(result.violations.length > 0 || problems.length > 0 ? 1 : 0);
