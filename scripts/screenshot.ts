// Captures the README screenshots from the built app on the sample data: `npm run build && npx tsx scripts/screenshot.ts`.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/browser/chromium';
import { startStaticServer } from '../tests/browser/static-server';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });

// Each screen, the link that opens it, and the heading that says it has rendered.
const SCREENS = [
  { file: 'summary.png', search: '', heading: /^Performance on a page/ },
  { file: 'scorecard.png', search: '?view=scorecard&area=social-care', heading: /^Scorecard,/ },
  { file: 'measure.png', search: '?view=measure&measure=CSC04', heading: /^CSC04:/ },
  { file: 'glossary.png', search: '?view=glossary', heading: /^Glossary$/ },
  { file: 'actions.png', search: '?view=actions', heading: /^Action plans$/ },
  { file: 'phone.png', search: '?view=scorecard&rag=red', heading: /^Scorecard,/, width: 390, height: 844 },
  { file: 'embed.png', search: '?view=embed&area=send', heading: null, width: 720, height: 640 },
  { file: 'share.png', search: '?view=measure&measure=CSC04', heading: /^CSC04:/, scrollTo: '#share-heading' },
] as const;

const { server, origin } = await startStaticServer([{ prefix: '/', root: resolve(root, 'dist') }]);
const browser = await launchChromium();
try {
  for (const screen of SCREENS) {
    const width = 'width' in screen ? screen.width : 1280;
    const height = 'height' in screen ? screen.height : 900;
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${origin}/${screen.search}`);
    if (screen.heading) await page.getByRole('heading', { level: 2, name: screen.heading }).waitFor();
    else await page.locator('[data-measure-id]').first().waitFor();
    // The measure page and its charts load lazily: wait for the page to settle and the charts to draw.
    await page.waitForLoadState('networkidle');
    await page.getByText('Opening the measure…').waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    // On a phone, show the cards rather than the filters above them; for the share panel, the panel.
    const scrollTo = 'scrollTo' in screen ? screen.scrollTo : width < 800 && screen.heading ? '[data-measure-id]' : null;
    if (scrollTo) await page.locator(scrollTo).first().evaluate((element) => element.scrollIntoView());
    await page.screenshot({ path: resolve(out, screen.file), fullPage: width >= 800 && !scrollTo });
    await page.close();
    console.log(`docs/screenshots/${screen.file}`);
  }
} finally {
  await browser.close();
  server.close();
}
