// Captures the README screenshots from the built app on the sample data: `npx tsx scripts/screenshot.ts`.
import { resolve } from 'node:path';
import { launchChromium } from '../tests/browser/chromium';
import { startStaticServer } from '../tests/browser/static-server';

const root = resolve(import.meta.dirname, '..');
const { server, origin } = await startStaticServer([{ prefix: '/', root: resolve(root, 'dist') }]);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${origin}/`);
await page.getByRole('heading', { name: /Measures for/ }).waitFor();
await page.screenshot({ path: resolve(root, 'docs/screenshots/scorecard.png') });
await browser.close();
server.close();
