// Lines page: start a plan, watch the job finish, see its lines on the map, click one for its timetable and load
// chart; then the Timetable page lists every line.
import { run, baseUrl, shot } from './lib.mjs';

await run(async ({ page }) => {
  await page.goto(`${baseUrl}/lines?s=1&lang=zh`);
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 30000 });
  const before = await page.locator('path.plan-line').count();
  await page.fill('#time-limit', process.argv[2] ?? '5');
  await page.click('#plan-start');
  const statuses = new Set();
  // The page polls the job and goes to the new plan when it succeeds.
  const deadline = Date.now() + 90000;
  while (!page.url().includes('plan=') && Date.now() < deadline) {
    const s = await page.locator('#job-status').getAttribute('data-status').catch(() => null);
    if (s) statuses.add(s);
    if (s === 'Failed' || s === 'rejected') break;
    await page.waitForTimeout(150);
  }
  const statusText = await page.locator('#job-status').textContent().catch(() => '');
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 30000 });
  const lines = await page.locator('path.plan-line').count();
  const rows = await page.locator('.line-row').count();
  const firstLine = await page.locator('.line-row').first().getAttribute('data-line');
  await page.locator('.line-row').first().click();
  await page.waitForSelector('#line-timetable tbody tr', { timeout: 15000 });
  const timetableRows = await page.locator('#line-timetable tbody tr').count();
  const chartDrawn = await page.evaluate(() => !!window.Chart && !!window.Chart.getChart(document.getElementById('load-chart')));
  const selected = await page.locator('#map').getAttribute('data-selected-line');
  await shot(page, 'lines');
  const planUrl = new URL(page.url());
  await page.goto(`${baseUrl}/timetable?s=1&plan=${planUrl.searchParams.get('plan')}`);
  const tables = await page.locator('.linetable').count();
  const timetableText = await page.locator('.linetable').first().textContent();
  await shot(page, 'timetable');
  await page.goto(`${baseUrl}/timetable?s=1&plan=${planUrl.searchParams.get('plan')}&view=stops`);
  const stopRows = await page.locator('#stop-timetable tbody tr').count();
  // Dispatch of Monday 1 June 2026 on this plan, then the same day with its first vehicle unavailable.
  await page.goto(`${baseUrl}/dispatch?s=1&plan=${planUrl.searchParams.get('plan')}&date=2026-06-01`);
  const manifests = await page.locator('.manifest').count();
  const runsBefore = Number(await page.locator('#dispatch-summary').getAttribute('data-runs'));
  const vehicle = await page.locator('input[name=off]').first().getAttribute('value');
  await page.locator('input[name=off]').first().check();
  await Promise.all([page.waitForNavigation(), page.click('#dispatch-submit')]);
  const moves = Number(await page.locator('#dispatch-summary').getAttribute('data-moves'));
  const unserved = Number(await page.locator('#dispatch-summary').getAttribute('data-unserved'));
  const offChecked = await page.locator(`input[name=off][value="${vehicle}"]`).isChecked();
  await shot(page, 'dispatch');
  return {
    manifests, runsBefore, vehicle, moves, unserved, offChecked,
    before, statuses: [...statuses], statusText, url: page.url(), lines, rows, firstLine, timetableRows, chartDrawn, selected,
    tables, timetableText, stopRows, plan: planUrl.searchParams.get('plan'),
  };
});
