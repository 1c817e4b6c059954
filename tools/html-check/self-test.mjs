// Tests the checker itself: a page built to break WCAG rules must give violations, and the known-good page none.
// The good page is the HTML edition's own shell, written by the test suite of ReportBuilder.Html
// (fixtures/good is that output, committed). Exits 1 when the checker misjudges either page.
import { checkEdition } from './edition-check.mjs';

let passed = 0; let failed = 0;
const expect = (ok, message) => { if (ok) { passed++; console.log(`ok: ${message}`); } else { failed++; console.log(`FAILED: ${message}`); } };
const quiet = () => {};

const bad = await checkEdition({ dir: new URL('./fixtures/bad/', import.meta.url).pathname, log: quiet });
const ids = bad.violations.map((v) => v.id);
expect(ids.includes('html-has-lang'), `bad page: missing lang is reported (${ids.join(', ')})`);
expect(ids.includes('image-alt'), 'bad page: image without alt is reported');
expect(ids.includes('color-contrast'), 'bad page: low contrast is reported');
expect(ids.includes('link-name'), 'bad page: empty link is reported');
expect(ids.includes('svg-img-alt'), 'bad page: unnamed svg image is reported');

const good = await checkEdition({ dir: new URL('./fixtures/good/', import.meta.url).pathname });
expect(good.violations.length === 0, `good page: no violations (${good.violations.map((v) => v.id).join(', ') || 'none'})`);
expect(good.scripts === 0, 'good page: no script');
expect(good.offsite.length === 0 && good.failedRequests.length === 0, 'good page: every file comes from the edition');
expect(good.fonts, 'good page: the web fonts load');

console.log(`checks: ${passed} ok, ${failed} wrong`);
process.exit(failed > 0 ? 1 : 0);
