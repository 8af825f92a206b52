import { launchChromium } from './chromium';

/**
 * Prints a report's HTML to PDF (A4, backgrounds printed, the page size and margins of the
 * report's own `@page` rule) in Debian's headless Chromium. Any network request the page makes is
 * refused: the report is self-contained, and printing must not depend on a network. The browser
 * is closed whatever happens.
 *
 * @throws ReportError `report.chromium` (see launchChromium).
 * @example
 * writeFileSync('report.pdf', await printPdf(await reportHtml({ result, scenario })));
 */
export async function printPdf(html: string): Promise<Uint8Array> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
