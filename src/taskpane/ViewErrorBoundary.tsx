import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { errorText } from './useAction';

interface State {
  error?: unknown;
}

/** A view that fails to load or render shows why, in Swedish, instead of blanking the whole pane. */
export class ViewErrorBoundary extends Component<{ children: ReactNode; view: string }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidUpdate(previous: { view: string }): void {
    if (previous.view !== this.props.view && this.state.error !== undefined) this.setState({ error: undefined });
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>Vyn kunde inte visas: {errorText(this.state.error)}. Stäng och öppna Uppsikt igen.</MessageBarBody>
      </MessageBar>
    );
  }
}
