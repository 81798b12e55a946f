// Renders the patient report in headless Chromium and checks it. Called by scripts/check-report.sh:
//   node check.mjs REPORT.html SHORTLIST.json ARTIFACTS_DIR
// Checks: every shortlisted trial (NCT id) and its reasons are on the page; no horizontal scrolling at 375 px and
// 1280 px; no scripts and no requests beyond the file itself; semantic landmarks; the reading grade
// (Flesch-Kincaid) of the report's own explanatory text is 8 or below. Saves shortlist-375.png,
// shortlist-1280.png and shortlist.pdf. Exits non-zero with a message on any failure.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [htmlPath, jsonPath, outDir] = process.argv.slice(2);
if (!htmlPath || !jsonPath || !outDir) {
  console.error('usage: node check.mjs REPORT.html SHORTLIST.json ARTIFACTS_DIR');
  process.exit(2);
}
const failures = [];
const fail = (message) => failures.push(message);
const shortlist = JSON.parse(readFileSync(jsonPath, 'utf8'));
const trials = shortlist.trials.filter((t) => t.verdict !== 'not eligible');
if (trials.length === 0) fail(`${jsonPath}: the fixture patient has no shortlisted trials, so the check would prove nothing`);

mkdirSync(outDir, { recursive: true });
const profileDir = mkdtempSync(join(tmpdir(), 'report-check-'));
const fileUrl = pathToFileURL(resolve(htmlPath)).href;
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const requests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === fileUrl) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? await context.newPage();

  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(fileUrl, { waitUntil: 'load' });
    const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1)
        .slice(0, 3).map((e) => `<${e.tagName.toLowerCase()}> ${e.textContent.trim().slice(0, 40)}`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    if (scrollWidth > clientWidth) fail(`at ${width} px the page scrolls sideways: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}; too wide: ${wide.join(' | ')}`);
    else console.log(`  ${width} px: scrollWidth ${scrollWidth} <= clientWidth ${clientWidth}`);
    await page.screenshot({ path: join(outDir, `shortlist-${width}.png`), fullPage: true });
  }

  const text = await page.evaluate(() => document.body.innerText);
  const flat = text.replace(/\s+/g, ' ');
  for (const t of trials) {
    if (!flat.includes(t.nctId)) fail(`trial ${t.nctId} is not on the page`);
    for (const reason of t.reasons.filter((r) => !r.includes('another cohort'))) {
      if (!flat.includes(reason.replace(/\s+/g, ' '))) fail(`${t.nctId}: reason not on the page: "${reason}"`);
    }
    for (const question of t.findOut) {
      if (!flat.includes(question.replace(/\s+/g, ' '))) fail(`${t.nctId}: what to find out is not on the page: "${question}"`);
    }
  }
  if (!/not medical advice/i.test(flat)) fail('the page does not say it is not medical advice');

  const structure = await page.evaluate(() => ({
    scripts: document.querySelectorAll('script').length,
    external: [...document.querySelectorAll('link[href], img[src], iframe, object, embed, style')].filter((e) => e.tagName !== 'STYLE' && !String(e.href || e.src || '').startsWith('file:')).length,
    header: !!document.querySelector('header'), main: !!document.querySelector('main'), h1: document.querySelectorAll('h1').length,
    articles: document.querySelectorAll('article').length, thScope: document.querySelectorAll('th[scope]').length,
    lang: document.documentElement.lang,
  }));
  if (structure.scripts > 0) fail(`the page has ${structure.scripts} script element(s)`);
  if (structure.external > 0) fail(`the page refers to ${structure.external} external resource(s)`);
  if (requests.length > 0) fail(`the page tried to load: ${requests.join(', ')}`);
  if (!structure.header || !structure.main || structure.h1 !== 1) fail('the page needs a header, a main and exactly one h1');
  if (structure.articles !== trials.length) fail(`expected one article per trial (${trials.length}), found ${structure.articles}`);
  if (!structure.lang) fail('the page has no lang attribute');

  // Reading grade of the report's own explanatory text: quoted registry text, the patient's own facts and the
  // matcher's per-criterion findings are marked data-quoted and measured apart.
  // Prose only: paragraphs and list items (labels and headings would make the text look simpler than it is).
  const own = await page.evaluate(() => [...document.querySelectorAll('p, li')]
    .filter((e) => !e.closest('[data-quoted]') && !e.querySelector('p, li'))
    .map((e) => {
      const copy = e.cloneNode(true);
      copy.querySelectorAll('[data-quoted], a').forEach((q) => q.replaceWith('X'));
      return copy.textContent.replace(/\s+/g, ' ').trim();
    })
    .filter((t) => t.length > 0).join('\n'));
  const quoted = await page.evaluate(() => [...document.querySelectorAll('[data-quoted]')].map((e) => e.innerText).join('\n'));
  const grade = readingGrade(own);
  const quotedGrade = readingGrade(quoted);
  console.log(`  reading grade (Flesch-Kincaid) of the report's own text: ${grade.grade.toFixed(1)} (${grade.words} words, ${grade.sentences} sentences); quoted registry/matcher text, for information: ${quotedGrade.grade.toFixed(1)}`);
  if (grade.grade > 8) fail(`the report's explanatory text reads at grade ${grade.grade.toFixed(1)}; it must be 8 or below`);

  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: join(outDir, 'shortlist.pdf'), format: 'A4', printBackground: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } });
  const pdfSize = readFileSync(join(outDir, 'shortlist.pdf')).length;
  if (pdfSize < 1000) fail(`the PDF is suspiciously small (${pdfSize} bytes)`);
} finally {
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const f of failures) console.error(`check-report: FAIL: ${f}`);
  process.exit(1);
}
console.log(`  ${trials.length} trial(s) and their reasons found; artifacts in ${outDir}: shortlist-375.png, shortlist-1280.png, shortlist.pdf`);

/** Flesch-Kincaid grade: 0.39 * words/sentences + 11.8 * syllables/words - 15.59. Each line is at least one sentence. */
function readingGrade(text) {
  const sentences = text.split(/\n+/).flatMap((line) => line.split(/(?<=[.!?])\s+/)).map((s) => s.trim()).filter((s) => /[a-z]/i.test(s));
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    for (const word of sentence.match(/[A-Za-z]+(?:'[a-z]+)?/g) ?? []) {
      words++;
      syllables += syllableCount(word);
    }
  }
  if (words === 0) return { grade: 0, words, sentences: sentences.length };
  return { grade: 0.39 * (words / sentences.length) + 11.8 * (syllables / words) - 15.59, words, sentences: sentences.length };
}

function syllableCount(word) {
  let w = word.toLowerCase().replace(/'.*$/, '');
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}
