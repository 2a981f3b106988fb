// How the window is laid out for this clerk, remembered between sessions: the zoom (Ctrl+= /
// Ctrl+- / Ctrl+0, for screens scaled to 125 % or 150 %) and which side panes are open.

import { create } from 'zustand';

const ZOOM_STEPS = [0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;
const STORAGE_KEY = 'nianbao.view';

export interface ViewState {
  zoom: number;
  partsOpen: boolean;
  findingsOpen: boolean;
}

const DEFAULTS: ViewState = { zoom: 1, partsOpen: true, findingsOpen: true };

function remembered(): ViewState {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<ViewState>;
    return {
      zoom: ZOOM_STEPS.includes(saved.zoom as (typeof ZOOM_STEPS)[number]) ? saved.zoom! : DEFAULTS.zoom,
      partsOpen: typeof saved.partsOpen === 'boolean' ? saved.partsOpen : DEFAULTS.partsOpen,
      findingsOpen: typeof saved.findingsOpen === 'boolean' ? saved.findingsOpen : DEFAULTS.findingsOpen,
    };
  } catch {
    return DEFAULTS;
  }
}

export const useView = create<ViewState>(remembered);

function applyZoom(zoom: number): void {
  // Every size in the style sheet is in rem or em: the root font size scales the whole page.
  document.documentElement.style.setProperty('--zoom', String(zoom));
}

applyZoom(useView.getState().zoom);
useView.subscribe((state, previous) => {
  if (state.zoom !== previous.zoom) applyZoom(state.zoom);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage refused (private mode, quota): the choice lasts for this session only.
  }
});

function zoomBy(steps: number): void {
  const at = ZOOM_STEPS.indexOf(useView.getState().zoom as (typeof ZOOM_STEPS)[number]);
  const next = ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, (at === -1 ? ZOOM_STEPS.indexOf(1) : at) + steps))];
  useView.setState({ zoom: next });
}

export const zoomIn = () => zoomBy(1);
export const zoomOut = () => zoomBy(-1);
export const zoomReset = () => useView.setState({ zoom: 1 });
export const toggleParts = () => useView.setState((s) => ({ partsOpen: !s.partsOpen }));
export const toggleFindings = () => useView.setState((s) => ({ findingsOpen: !s.findingsOpen }));
