// Records what a page does that it must not: requests to anywhere but the app's own server,
// CSP violations (page or worker) and uncaught errors. Tests assert the lists stay empty.
import type { Page } from 'playwright-core';

export interface PageWatch {
  /** Every URL requested, workers' included. */
  requests: string[];
  cspViolations: string[];
  errors: string[];
}

const VIOLATION_PREFIX = 'CSP violation:';

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { requests: [], cspViolations: [], errors: [] };
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    // Chromium logs a blocked resource as "Refused to ... Content Security Policy", the event
    // listener below as VIOLATION_PREFIX; workers' console messages arrive here as well.
    if (text.startsWith(VIOLATION_PREFIX) || /Content Security Policy/i.test(text)) watch.cspViolations.push(text);
    else if (message.type() === 'error') watch.errors.push(text);
  });
  void page.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`${prefix} ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  }, VIOLATION_PREFIX);
  return watch;
}

/** Requests whose origin is not the app's (data: and blob: URLs never leave the page). */
export function foreignRequests(watch: PageWatch, appUrl: string): string[] {
  const origin = new URL(appUrl).origin;
  return watch.requests.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
    return parsed.origin !== origin;
  });
}
