/// <reference types="vite/client" />
/** True in the single-file USB edition (no service worker). */
declare const __SINGLE_FILE__: boolean;
