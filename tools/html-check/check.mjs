// CI entry: node check.mjs <edition-dir> [--screenshots <dir>] [--ratings <css selector>] [--page <file> --no-web-fonts --prefix <name>]
// --page checks another page of the folder (the diff page, diff.html); --no-web-fonts for a page that uses the
// reader's fonts on purpose (self-contained: it loads nothing); --prefix names the screenshots (<prefix>-first-screen.png).
// Prints "axe-core violations: N" and exits 1 when N > 0 or when the page needs script or the network.
import { checkEdition } from './edition-check.mjs';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : null; };
const screenshotDir = option('--screenshots');
const ratingsSelector = option('--ratings');
const page = option('--page') ?? 'index.html';
const prefix = option('--prefix') ?? 'html';
const flag = (name) => { const i = args.indexOf(name); return i >= 0 ? (args.splice(i, 1), true) : false; };
const webFonts = !flag('--no-web-fonts');
const dir = args[0];
if (!dir) {
  console.error('usage: node check.mjs <edition-dir> [--screenshots <dir>] [--ratings <css selector>] [--page <file>] [--no-web-fonts] [--prefix <name>]');
  process.exit(2);
}

const started = Date.now();
const result = await checkEdition({
  dir, ratingsSelector, page,
  screenshots: screenshotDir ? { directory: screenshotDir, firstScreen: `${prefix}-first-screen.png`, ratings: `${prefix}-ratings.png` } : null,
});
const problems = [];
if (result.scripts > 0) problems.push(`the page has ${result.scripts} script element(s); it must read without script`);
if (result.offsite.length > 0) problems.push(`the page asked for files outside the edition: ${result.offsite.join(', ')}`);
if (result.failedRequests.length > 0) problems.push(`files missing from the edition: ${result.failedRequests.join(', ')}`);
if (webFonts && !result.fonts) problems.push('no web font loaded (fonts/ missing or @font-face wrong)');
for (const problem of problems) console.log(`problem: ${problem}`);
console.log(`axe-core checks needing review (not failures): ${result.incomplete}${result.incomplete ? ` (${result.incompleteIds.join(', ')})` : ''}`);
console.log(`axe-core violations: ${result.violations.length}`);
console.log(`html check took ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(result.violations.length > 0 || problems.length > 0 ? 1 : 0);
