// Coverage and Scenarios pages with the demo county's plan: the villages' visits from the plan, the side-by-side
// figures; screenshots of both.
import { run, open, shot } from './lib.mjs';

await run(async ({ page }) => {
  const result = {};
  await open(page, '/coverage?lang=zh');
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 30000 });
  result.coverageRows = await page.locator('#coverage-county tbody tr').count();
  result.uncoveredMarkers = Number(await page.locator('#map').getAttribute('data-uncovered'));
  result.uncoveredRows = await page.locator('#coverage-uncovered tbody tr').count();
  result.visitMarkers = Number(await page.locator('#map').getAttribute('data-visits'));
  const plan = page.locator('#coverage-plan');
  result.coveragePlan = Number(await plan.getAttribute('data-plan'));
  result.villages = Number(await plan.getAttribute('data-villages'));
  result.meeting = Number(await plan.getAttribute('data-meeting'));
  result.shortRows = await page.locator('#coverage-short tbody tr').count();
  await shot(page, 'coverage');
  await open(page, '/scenarios');
  result.scenarioColumns = await page.locator('#scenario-table thead th[data-scenario]').count();
  result.figures = await page.$$eval('#scenario-table tr[data-figure]', trs => Object.fromEntries(trs.map(tr =>
    [tr.dataset.figure, tr.querySelectorAll('td')[1].textContent.trim()])));
  await shot(page, 'scenarios');
  // 768 px wide (a tablet): the Lines page stacks its columns and nothing runs off the side.
  await page.setViewportSize({ width: 768, height: 1000 });
  await open(page, '/lines?s=1&lang=zh');
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 30000 });
  result.narrowWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  result.narrowRows = await page.locator('.line-row').count();
  await shot(page, 'lines-768');
  return result;
});
