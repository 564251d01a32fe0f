/**
 * The browser APIs Fluent UI uses that jsdom lacks, for every jsdom test (import it first):
 * matchMedia, ResizeObserver, scrollIntoView. Each is added only where missing.
 * The `findBy…`/`waitFor` timeout is 10 s instead of 1 s: on a busy two-core machine a check of the
 * sample can take longer than a second, and a slow pass is not a failure of the pane.
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = ((query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList) as typeof window.matchMedia;
  }
  if (!('ResizeObserver' in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
}

export {};
