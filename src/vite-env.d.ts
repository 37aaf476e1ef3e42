/// <reference types="vite/client" />
/** True in the single-file USB edition (no service worker). */
declare const __SINGLE_FILE__: boolean;

declare module 'virtual:zelfscan-durations' {
  /** Minutes of the quick and full scan per role, worked out from the content at build time. */
  const durations: Record<'bestuurder' | 'projectleider' | 'trainer', { quick: number; full: number }>;
  export default durations;
}
