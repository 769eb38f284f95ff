import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { ContentLoadError } from './features/content/contentErrors';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container, {
  // A missing or broken content document is shown to the reader by its error
  // page; only unexpected errors belong in the console.
  onCaughtError: (error, errorInfo) => {
    if (error instanceof ContentLoadError) return;
    console.error(error, errorInfo.componentStack);
  },
}).render(<App queryClient={createQueryClient()} />);
