/* jsdom has no ResizeObserver; Fluent UI's MessageBar measures itself with one. Chromium (the browser test) has it. */
class ResizeObserverShim {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverShim;
export {};
