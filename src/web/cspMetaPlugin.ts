// index.html carries the desktop app's production CSP as a meta tag. Builds that need another
// policy (the Vite dev server, the browser edition) swap it here, so the file keeps one source.
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/contentSecurityPolicy';

export function cspMetaPlugin(policy: string, apply: 'serve' | 'build'): Plugin {
  return {
    name: `klantprofielen:csp-meta-${apply}`,
    apply,
    transformIndexHtml(html) {
      if (!html.includes(CONTENT_SECURITY_POLICY)) throw new Error('index.html has no production CSP meta to replace');
      return html.replace(CONTENT_SECURITY_POLICY, policy);
    },
  };
}
