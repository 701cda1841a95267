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
  const rowIds = await page.$$eval('.line-row', trs => trs.map(tr => tr.dataset.line));
  // The feeder with the most stops (the first of them): more to see than a trunk's one station call.
  const clicked = await page.$$eval('.line-row[data-kind="feeder"]', trs => trs.reduce((a, b) => (Number(b.dataset.stops) > Number(a.dataset.stops) ? b : a)).dataset.line);
  await page.locator(`.line-row[data-line="${clicked}"]`).click();
  await page.waitForSelector(`#map[data-detail-line="${clicked}"]`, { timeout: 15000 });
  const timetableRows = await page.locator('#line-timetable tbody tr').count();
  const chartDrawn = await page.evaluate(() => !!window.Chart && !!window.Chart.getChart(document.getElementById('load-chart')));
  const selected = await page.locator('#map').getAttribute('data-selected-line');
  await page.$eval('.side', e => { e.scrollTop = 0; e.scrollLeft = 0; }); // the verifier status and the figures in the screenshot
  await shot(page, 'lines');

  await open(page, `/lines?s=1&plan=${planId}&lang=en`);
  const enFigures = await figures(page);
  const enVerificationText = (await page.locator('#plan-verification').textContent()).trim();
  await open(page, `/timetable?s=1&plan=${planId}&lang=zh`);
  const tables = await page.locator('.linetable').count();
  const timetableText = await page.locator('.linetable').first().textContent();
  await shot(page, 'timetable');
  await open(page, `/timetable?s=1&plan=${planId}&view=stops`);
  const stopRows = await page.locator('#stop-timetable tbody tr').count();
  return {
    before, statuses: [...statuses], progressShown, statusText, plan: planId, verification: Number(verification), verificationText,
    zhFigures, enFigures, enVerificationText, lines, mapLines, rowIds, clicked, timetableRows, chartDrawn, selected,
    tables, timetableText, stopRows, jobId, otherJob, otherCanCancel, noReload,
  };
});
