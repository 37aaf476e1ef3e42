/** Service worker registration and the "new version" signal (PWA edition only). */
type Listener = (state: { needRefresh: boolean; offlineReady: boolean }) => void;

let state = { needRefresh: false, offlineReady: false };
const listeners = new Set<Listener>();
let applyUpdate: (() => void) | null = null;

function emit(patch: Partial<typeof state>) {
  state = { ...state, ...patch };
  listeners.forEach((l) => l(state));
}

export function onSwState(l: Listener): () => void {
  listeners.add(l);
  l(state);
  return () => listeners.delete(l);
}

export function reloadToUpdate(): void {
  if (applyUpdate) applyUpdate();
  else window.location.reload();
}

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || window.location.protocol === 'file:') return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('./sw.js', { scope: './' });
  wb.addEventListener('waiting', () => {
    applyUpdate = () => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    };
    emit({ needRefresh: true });
  });
  wb.addEventListener('activated', (e) => {
    if (!e.isUpdate) emit({ offlineReady: true });
  });
  await wb.register();
}
