// The English switch changes the page's language inside the circuit (no page reload), the choice is remembered in a
// cookie for the next visit, and every page then speaks English.
import { run, open, interactive, baseUrl, shot } from './lib.mjs';

const navText = page => page.$$eval('.mainnav a', as => as.map(a => a.textContent.trim()));

await run(async ({ page }) => {
  await open(page, '/');
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 30000 });
  const zhNav = await navText(page);
  const zhLang = await page.getAttribute('html', 'lang');
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.click('#lang-en');
  await page.waitForFunction(() => document.querySelector('.mainnav a')?.textContent.trim() === 'Network');
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 30000 });
  const noReload = await page.evaluate(() => window.__sameDocument === true);
  const enNav = await navText(page);
  const enLang = await page.getAttribute('html', 'lang');
  const enHeading = await page.locator('h1').textContent();
  await shot(page, 'network-en');
  await open(page, '/coverage'); // no ?lang: the cookie keeps English
  const coverageHeading = await page.locator('h1').textContent();
  const pages = {};
  for (const p of ['/lines', '/timetable', '/dispatch', '/import', '/scenarios']) {
    await open(page, p);
    pages[p] = await page.locator('body').innerText();
  }
  await page.click('#lang-zh');
  await page.waitForFunction(() => document.querySelector('.mainnav a')?.textContent.trim() === '网络');
  const backNav = await navText(page);
  return { zhNav, zhLang, enNav, enLang, enHeading, coverageHeading, pages, backNav, noReload };
});
