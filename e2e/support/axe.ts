/** axe-core in a page of the browser tests: the console's, a widget host's or an extension panel. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.2 AA and best-practice rules on the page as it is. Injected through the
 * DevTools protocol, which the page's CSP does not govern, so the CSP stays as strict as served.
 */
export async function axeViolations(page: Page | Frame): Promise<Array<{ rule: string; targets: string[] }>> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    }),
  );
  return result.violations.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
}
