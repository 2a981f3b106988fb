// Renderer entry: mounts the editor, and tells the clerk when an action failed unexpectedly.

import { createRoot } from 'react-dom/client';
import { App } from './App';
import { tellUnexpected } from './unexpected';
import './styles.css';

// An action whose request main could not answer would otherwise end in silence.
window.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  tellUnexpected();
});

createRoot(document.getElementById('root')!).render(<App />);
