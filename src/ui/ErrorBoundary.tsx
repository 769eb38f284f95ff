import { Component, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** When this changes (e.g. the reader navigates away) a caught error is forgotten. */
  resetKey: string;
  fallback: (error: unknown, reset: () => void) => ReactNode;
  onReset?: () => void;
  /** Runs once the fallback for a caught error is on screen. */
  onCatch?: (error: unknown) => void;
};

type State = { error: unknown; hasError: boolean; resetKey: string };

/** React still needs a class for error boundaries; this is the only one in the app. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, hasError: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, hasError: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey === state.resetKey) return null;
    return { error: null, hasError: false, resetKey: props.resetKey };
  }

  componentDidCatch(error: unknown) {
    this.props.onCatch?.(error);
  }

  reset = () => {
    this.props.onReset?.();
    this.setState({ error: null, hasError: false });
  };

  render() {
    return this.state.hasError ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
