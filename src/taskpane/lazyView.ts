import { createElement, lazy, type ComponentType } from 'react';

/** A view loaded on first use (its own webpack chunk), rendered at once when it has been loaded before. */
export type LazyView<P> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * React.lazy that renders synchronously once the module is there: after `preload()` (the pane preloads
 * every view once the first is on screen) a click on a tab shows the view without a spinner frame.
 *
 * @example
 * const HelpView = lazyView(() => import('./views/HelpView').then((m) => m.HelpView));
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a failed chunk (network) is fetched again on the next try
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const View = (props: P) => createElement((loaded ?? Lazy) as ComponentType<P>, props);
  return Object.assign(View, { preload });
}
