// Coverage page, two-level siting: on a scenario with candidates, set k, m and the threshold, run, wait for the map
// to draw the answer, read the drawn layers, the legend and the figures; an out-of-range m gets the server's message;
// a scenario without candidates says so. Args: the scenario with candidates, the one without, k, m, km.
import { run, open, shot } from './lib.mjs';

const [withCandidates, without, k, m, km] = process.argv.slice(2);

await run(async ({ page }) => {
  await open(page, `/coverage?s=${withCandidates}&lang=zh`);
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 30000 });
  await page.fill('#siting-centres', k);
  await page.fill('#siting-outlets', m);
  await page.fill('#siting-threshold', km);
  await page.selectOption('#siting-objective', 'mclp');
  await page.click('#siting-run');
  await page.waitForSelector('#map[data-siting="true"]', { timeout: 90000 });
  const drawn = await page.$eval('#map', el => ({
    centres: Number(el.dataset.sitingCentres),
    newCentres: Number(el.dataset.sitingNewCentres),
    outlets: Number(el.dataset.sitingOutlets),
    newOutlets: Number(el.dataset.sitingNewOutlets),
    villages: Number(el.dataset.sitingVillages),
    uncovered: Number(el.dataset.sitingUncovered),
    villageLines: Number(el.dataset.sitingVillageLines),
    centreLines: Number(el.dataset.sitingCentreLines),
  }));
  const paths = {
    centre: await page.locator('path.siting-centre').count(),
    newCentre: await page.locator('path.siting-centre.siting-new').count(),
    outlet: await page.locator('path.siting-outlet').count(),
    uncovered: await page.locator('path.siting-uncovered-village').count(),
    villageLines: await page.locator('path.siting-village-outlet').count(),
    centreLines: await page.locator('path.siting-outlet-centre').count(),
    coverageMarkers: await page.locator('path.coverage-covered, path.coverage-uncovered, path.coverage-outlet').count(),
  };
  const legend = await page.$$eval('.siting-legend-row', rows => rows.map(r => r.textContent));
  const figures = await page.$eval('#siting-figures', t => ({ ...t.dataset }));
  const text = id => page.$eval(id, e => e.textContent.trim());
  const gapText = await text('#siting-gap');
  const beforeText = await text('#siting-before');
  const afterText = await text('#siting-after');
  const chosenText = await text('#siting-chosen');
  // Names from data reach the tooltips as text: hover the uncovered villages (their names carry HTML in this scenario).
  const tips = [];
  const uncoveredPaths = page.locator('path.siting-uncovered-village');
  for (let i = 0; i < Math.min(4, await uncoveredPaths.count()); i++) {
    await uncoveredPaths.nth(i).hover({ force: true });
    const tip = await page.waitForSelector('.leaflet-tooltip', { timeout: 5000 });
    tips.push(await tip.evaluate(e => e.textContent));
  }
  const injected = await page.evaluate(() => document.querySelectorAll('b.xss').length + (window.__xss ? 1000 : 0));
  await shot(page, 'coverage-siting');

  await page.fill('#siting-outlets', '5000');
  await page.click('#siting-run');
  await page.waitForSelector('.siting-error', { timeout: 30000 });
  const limitError = await page.$eval('.siting-error', e => e.textContent);

  await open(page, `/coverage?s=${without}&lang=en`);
  await page.waitForSelector('#siting-panel', { timeout: 30000 });
  const noCandidates = (await page.$('#siting-no-candidates')) ? await page.$eval('#siting-no-candidates', e => e.textContent) : null;
  const formShown = (await page.$('#siting-form')) !== null;
  return { tips, injected, drawn, paths, legend, figures, gapText, beforeText, afterText, chosenText, limitError, noCandidates, formShown };
});
