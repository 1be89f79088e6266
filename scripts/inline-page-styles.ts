import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/*
 * Each built page carries its stylesheet in itself, in a <style> element, rather than linking
 * it. A linked stylesheet is one more file the browser fetches before it runs the page's script
 * and draws its first frame: inlined, the popup showed this week about 3 ms sooner (`npm run
 * bench`, compared page by page). The page's content security policy allows exactly these
 * styles, by their hashes (`styleSources`), and no other inline style.
 */

/** Collects the hashes of the styles inlined in one build, for the pages' policy. */
export class InlinedStyles {
  readonly #hashes = new Set<string>();

  clear(): void {
    this.#hashes.clear();
  }

  add(css: string): void {
    this.#hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  }

  /** `style-src` of a policy that allows `'self'` and these styles, and nothing else inline. */
  styleSources(): string {
    return ["'self'", ...[...this.#hashes].sort()].join(' ');
  }
}

const LINKED_STYLESHEET = /<link rel="stylesheet"[^>]*\bhref="\/([^"]+\.css)"[^>]*>/g;

export function inlinePageStyles(inlined: InlinedStyles): Plugin {
  return {
    name: 'letting-go:inline-page-styles',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const text = (source: string | Uint8Array) => (typeof source === 'string' ? source : new TextDecoder().decode(source));
        const moved = new Set<string>();
        for (const page of Object.values(bundle)) {
          if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
          page.source = text(page.source).replace(LINKED_STYLESHEET, (_tag, fileName: string) => {
            const stylesheet = bundle[fileName];
            if (stylesheet?.type !== 'asset') throw new Error(`${page.fileName} links ${fileName}, which this build did not write`);
            const css = text(stylesheet.source);
            // A style element ends at the first "</style"; no stylesheet of ours has one.
            if (/<\/style/i.test(css)) throw new Error(`${fileName} cannot be written into a <style> element`);
            inlined.add(css);
            moved.add(fileName);
            return `<style>${css}</style>`;
          });
        }
        // A stylesheet nothing else names (a script preloading it) is no longer needed as a file.
        const named = (fileName: string) => Object.values(bundle).some((file) => file.type === 'chunk' && file.code.includes(fileName));
        for (const fileName of moved) if (!named(fileName)) delete bundle[fileName];
      },
    },
  };
}
