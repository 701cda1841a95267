// Lines page: start a plan (time limit argv[2]), watch the job until the page goes to the new plan, then read the
// verifier status, the plan's figures and its lines on the map and in the table; click a line for its timetable and
// load chart; read the figures' labels in English; then the Timetable page lists every line.
import { run, open, baseUrl, shot } from './lib.mjs';

const figures = page => page.$$eval('#plan-kpis tr', trs => Object.fromEntries(trs.map(tr =>
  [tr.dataset.figure, { label: tr.querySelector('th').textContent.trim(), value: tr.querySelector('td').textContent.trim() }])));

await run(async ({ page }) => {
  await open(page, '/lines?s=1&lang=zh');
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 30000 });
  const before = await page.locator('path.plan-line').count();
  await page.fill('#time-limit', process.argv[2] ?? '60');
  await page.dblclick('#plan-start'); // a double click makes one job
  await page.waitForSelector('#job-status[data-job]', { timeout: 30000 });
  const jobId = await page.locator('#job-status').getAttribute('data-job');
  // A second tab on the same scenario shows the same running job.
  const other = await page.context().newPage();
  await open(other, '/lines?s=1');
  const otherJob = await other.locator('#job-status').getAttribute('data-job');
  const otherCanCancel = await other.locator('#plan-cancel').isEnabled();
  await other.close();
  const statuses = new Set();
  let progressShown = false;
  // The page polls the job (best cost over time) and goes to the new plan when it succeeds.
  const deadline = Date.now() + 200000;
  while (!page.url().includes('plan=') && Date.now() < deadline) {
    const s = await page.locator('#job-status').getAttribute('data-status').catch(() => null);
    if (s) statuses.add(s);
    if (s === 'Failed' || s === 'Cancelled' || s === 'rejected') break;
    if (!progressShown) progressShown = await page.locator('#progress-box').isVisible().catch(() => false);
    await page.waitForTimeout(300);
  }
  const statusText = await page.locator('#job-status').textContent().catch(() => '');
  const planId = new URL(page.url()).searchParams.get('plan');
  if (!planId) throw new Error(`the plan job did not finish: ${[...statuses].join(',')} ${statusText}`);
  await page.waitForSelector('#map[data-ready="true"][data-plan]:not([data-plan=""])', { timeout: 60000 });
  const noReload = await page.evaluate(() => window.__sameDocument === true);
  const verification = await page.locator('#plan-verification').getAttribute('data-violations');
  const verificationText = (await page.locator('#plan-verification').textContent()).trim();
  const zhFigures = await figures(page);
  const lines = await page.locator('path.plan-line').count();
  const mapLines = Number(await page.locator('#map').getAttribute('data-lines'));
  // The grid: pages of 15 in plan order; sorted by stops (descending) its first row is the first of the longest lines.
  const total = Number(await page.locator('#line-grid').getAttribute('data-total'));
  const rowIds = await page.$$eval('.line-row .line-cell', cs => cs.map(c => c.dataset.line));
  await page.selectOption('#filter-kind', 'feeder');
  await page.waitForFunction(() => [...document.querySelectorAll('.line-row .line-cell')].every(c => c.dataset.kind === 'feeder'));
  const feederTotal = Number(await page.locator('#line-grid').getAttribute('data-total'));
  const stopsHeader = page.locator('.stops-header .sortable-column-header, .stops-header').first();
  await stopsHeader.click();
  await stopsHeader.click();
  await page.waitForFunction(() => {
    const s = [...document.querySelectorAll('.line-row .line-cell')].map(c => Number(c.dataset.stops));
    return s.length > 1 && s.every((v, i) => i === 0 || s[i - 1] >= v) && s[0] > s[s.length - 1];
  });
  const clicked = await page.$eval('.line-row .line-cell', c => c.dataset.line);
  await page.locator('.line-row').first().click();
  await page.waitForSelector(`#map[data-detail-line="${clicked}"]`, { timeout: 15000 });
  const rowSelected = await page.$eval('.line-row.selected .line-cell', c => c.dataset.line).catch(() => null);
  const timetableRows = await page.locator('#line-timetable tbody tr').count();
  const chartDrawn = await page.evaluate(() => !!window.Chart && !!window.Chart.getChart(document.getElementById('load-chart')));
  // Search by the line's id: one row.
  await page.fill('#line-search', clicked);
  await page.waitForFunction(() => document.getElementById('line-grid').dataset.total === '1');
  const searchTotal = 1;
  await page.click('#filter-clear');
  await page.waitForFunction(n => Number(document.getElementById('line-grid').dataset.total) === n, total);
  // A click on a line on the map selects its row, turning the grid to its page: the first line drawn (a trunk with one
  // stop, far down the grid sorted by stops).
  const lastId = await page.evaluate(selected => {
    const path = [...document.querySelectorAll('#map path.plan-line')].find(p => !p.classList.contains(`line-${selected}`));
    const id = [...path.classList].find(c => c.startsWith('line-')).slice(5);
    path.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }));
    return id;
  }, clicked);
  await page.waitForFunction(id => document.querySelector('.line-row.selected .line-cell')?.dataset.line === id, lastId, { timeout: 15000 });
  const mapSelected = lastId;
  const mapPage = Number(await page.locator('#line-grid').getAttribute('data-page'));
  const selected = rowSelected;
  await page.$eval('.side', e => { e.scrollTop = 0; e.scrollLeft = 0; }); // the verifier status and the figures in the screenshot
  await shot(page, 'lines');

  await open(page, `/lines?s=1&plan=${planId}&lang=en`);
  const enFigures = await figures(page);
  const enVerificationText = (await page.locator('#plan-verification').textContent()).trim();
  await open(page, `/timetable?s=1&plan=${planId}&lang=zh`);
  const tables = await page.locator('.linetable').count();
  const township = await page.locator('#township-picker').inputValue();
  const timetableText = await page.locator('.linetable').first().textContent();
  await shot(page, 'timetable');
  await open(page, `/timetable?s=1&plan=${planId}&view=stops`);
  const stopRows = await page.locator('#stop-timetable tbody tr').count();
  // One outlet's notice (the print view): its arrivals in Chinese.
  await page.click('#view-outlet');
  await page.waitForSelector('#outlet-notice');
  const notice = {
    site: await page.locator('#outlet-notice').getAttribute('data-site'),
    rows: await page.$$eval('#outlet-notice tbody tr td.when', tds => tds.map(td => td.textContent.trim())),
  };
  await page.emulateMedia({ media: 'print' });
  const printHidesNav = await page.locator('.topbar').isHidden();
  await shot(page, 'timetable-outlet');
  await page.emulateMedia({ media: 'screen' });
  return {
    before, statuses: [...statuses], progressShown, statusText, plan: planId, verification: Number(verification), verificationText,
    zhFigures, enFigures, enVerificationText, lines, mapLines, rowIds, clicked, timetableRows, chartDrawn, selected,
    tables, township, timetableText, stopRows, notice, printHidesNav, total, feederTotal, searchTotal, mapSelected, mapPage, jobId, otherJob, otherCanCancel, noReload,
  };
});
