/**
 * What the browser tests share: Debian's Chromium (and whether this machine has it), its launch, the
 * accessibility scan (axe-core, WCAG 2.1 A and AA) and waiting until no long action is under way.
 */
import * as fs from 'fs';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
export const IN_CI = process.env.CI === 'true';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Headless Chromium with nothing of its own on the network; playwright gives it a fresh temporary profile. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * axe-core's WCAG 2.1 A/AA rules: the violations, each with the elements concerned. One known false
 * positive is set aside, and only that: Fluent's focus manager (Tabster) adds focus guards
 * (`<i data-tabster-dummy aria-hidden="true" tabindex="0">`) that are focusable on purpose and hand focus
 * on at once (microsoft/tabster#288; Accessibility Insights suppresses them the same way).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Scan the page at rest: colours caught half-way through a transition (a button fading after a
  // click or a language switch) are not the colours a user reads.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations
    .map((v) => ({
      ...v,
      nodes:
        v.id === 'aria-hidden-focus'
          ? v.nodes.filter((n) => !n.html.includes('data-tabster-dummy'))
          : v.nodes,
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Until no long action is under way (the progress element is gone). */
export async function settled(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-busy]'), null, { timeout });
}
