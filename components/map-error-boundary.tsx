'use client';

import { Component, type ReactNode } from 'react';

type State = { failed: boolean };

/** If the map code throws, only the map goes: the filters, panel and list keep working. */
export class MapErrorBoundary extends Component<{ children: ReactNode }, State> {
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
          <p className="max-w-sm text-sm text-gray-800">
            The map stopped working after an error. The filters and the list of reports still work; reload the page to
            try the map again.
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}
