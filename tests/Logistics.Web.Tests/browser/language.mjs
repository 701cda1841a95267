// The English switch: ?lang=en (and the link) changes every page's language, and the choice is remembered.
import { run, baseUrl, shot } from './lib.mjs';

const navText = page => page.$$eval('.mainnav a', as => as.map(a => a.textContent.trim()));

await run(async ({ page }) => {
  await page.goto(`${baseUrl}/`);
  const zhNav = await navText(page);
  const zhLang = await page.getAttribute('html', 'lang');
  await page.click('#lang-en');
  await page.waitForSelector('#map[data-ready="true"]', { timeout: 30000 });
  const enNav = await navText(page);
  const enLang = await page.getAttribute('html', 'lang');
  const enHeading = await page.locator('h1').textContent();
  await shot(page, 'network-en');
  await page.goto(`${baseUrl}/coverage`); // no ?lang: the cookie keeps English
  const coverageHeading = await page.locator('h1').textContent();
  const pages = {};
  for (const p of ['/lines', '/timetable', '/dispatch', '/import', '/scenarios']) {
    await page.goto(`${baseUrl}${p}`);
    pages[p] = await page.locator('body').innerText();
  }
  await page.click('#lang-zh');
  const backNav = await navText(page);
  return { zhNav, zhLang, enNav, enLang, enHeading, coverageHeading, pages, backNav };
});
