// Renderer entry: mounts the editor and marks the moment it is interactive.

import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

createRoot(document.getElementById('root')!).render(<App />);
