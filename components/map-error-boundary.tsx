'use client';

import { Component, type ReactNode } from 'react';

type State = { failed: boolean };

/** If the map code throws, only the map goes: the filters, panel and list keep working. */
export class MapErrorBoundary extends Component<{ children: ReactNode; message: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error) {
    console.warn('The map stopped after an error:', error.message);
  }

  override render() {
    if (this.state.failed) {
      return (
        <div className="flex h-full items-center justify-center bg-gray-100 p-6" role="alert" data-testid="map-crashed">
          <p className="max-w-sm text-sm text-gray-800">{this.props.message}</p>
        </div>
      );
    }
    return this.props.children;
  }
}
